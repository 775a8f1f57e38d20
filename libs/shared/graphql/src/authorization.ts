import { maybeCacheControlFromInfo } from '@apollo/cache-control-types';
import type { AuthCheckerFn } from 'type-graphql';
import { authorize, requirePrincipal, type Policy } from '@tsunagaru/shared-kernel';
import type { RequestContext } from './context';

const REQUIREMENT = Symbol('policy requirement');

/**
 * What `@Authorized(requires(policy, subjectOf))` states: the policy a field or operation
 * obeys, and how to get the policy's subject from the field's parent object (and arguments).
 */
export interface PolicyRequirement {
  readonly [REQUIREMENT]: true;
  readonly policy: Policy<unknown>;
  subjectOf(root: unknown, args: Record<string, unknown>): unknown;
}

/**
 * Binds a policy to a field: `@Authorized(requires(groupPolicies.readPrivateData, (group: Group) => ({ … })))`.
 * The subject is taken exactly as stated; nothing is guessed from the shape of the root.
 */
export function requires<Subject, Root = unknown>(
  policy: Policy<Subject>,
  subjectOf: (root: Root, args: Record<string, unknown>) => Subject,
): PolicyRequirement {
  return Object.freeze({
    [REQUIREMENT]: true as const,
    policy: policy as Policy<unknown>,
    subjectOf: subjectOf as (root: unknown, args: Record<string, unknown>) => unknown,
  });
}

function isPolicyRequirement(value: unknown): value is PolicyRequirement {
  return typeof value === 'object' && value !== null && (value as Partial<PolicyRequirement>)[REQUIREMENT] === true;
}

/**
 * The one authorization mechanism of every subgraph, plugged into type-graphql.
 * `@Authorized()` alone means any signed-in caller; otherwise every stated requirement must
 * allow. A refusal is the policy's UNAUTHENTICATED or FORBIDDEN error. A guarded field makes
 * the response uncacheable and private, whoever asks.
 */
export const authChecker: AuthCheckerFn<RequestContext, PolicyRequirement> = ({ root, args, context, info }, requirements) => {
  // What a policy guards depends on who asks: never cached, and the response is private.
  maybeCacheControlFromInfo(info)?.setCacheHint({ maxAge: 0, scope: 'PRIVATE' });
  if (requirements.length === 0) {
    requirePrincipal(context.principal);
    return true;
  }
  for (const requirement of requirements) {
    // A bare role name (how fields were authorized before policies) must fail loudly, not pass or refuse quietly.
    if (!isPolicyRequirement(requirement)) throw new TypeError('@Authorized takes requires(policy, subjectOf), not a role.');
    authorize(requirement.policy, context.principal, requirement.subjectOf(root, args));
  }
  return true;
};
