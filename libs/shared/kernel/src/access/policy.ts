import { ForbiddenError, UnauthenticatedError } from '../errors';
import { Caller } from './caller';
import type { Principal } from './principal';
import type { Scope } from './scopes';

/** What a policy says about one caller and one subject. */
export type Decision = 'allow' | 'unauthenticated' | 'forbidden';

/**
 * A named access rule about a kind of subject, e.g. "may read this group's private data".
 * Pure: it decides from the principal and the subject alone, so it can be read, tested for
 * every kind of caller, and used alike by domain services (`authorize`, `allows`) and by the
 * GraphQL auth checker (`requires(policy, subjectOf)` in shared-graphql).
 */
export interface Policy<Subject> {
  /** Stable name, `<area>.<permission>`; shows up in tests and logs. */
  readonly name: string;
  /** The scope a delegated credential needs; none means apps never pass. */
  readonly scope?: Scope;
  /** The message a refused signed-in caller gets (FORBIDDEN). */
  readonly denial: string;
  decide(principal: Principal | null | undefined, subject: Subject): Decision;
}

export interface PolicyOptions {
  scope?: Scope;
  denial?: string;
}

/**
 * Defines a policy. The rule runs only for a signed-in caller; an anonymous caller is
 * `unauthenticated` for every policy, so a rule never has to think about it.
 */
export function definePolicy<Subject>(
  name: string,
  options: PolicyOptions,
  rule: (caller: Caller, subject: Subject) => boolean,
): Policy<Subject> {
  const denial = options.denial ?? 'You are not allowed to see or change this.';
  return Object.freeze({
    name,
    scope: options.scope,
    denial,
    decide(principal: Principal | null | undefined, subject: Subject): Decision {
      if (!principal) return 'unauthenticated';
      return rule(new Caller(principal, options.scope), subject) ? 'allow' : 'forbidden';
    },
  });
}

/** Throws UNAUTHENTICATED or FORBIDDEN unless the policy allows; returns the signed-in principal. */
export function authorize<Subject>(policy: Policy<Subject>, principal: Principal | null | undefined, subject: Subject): Principal {
  const decision = policy.decide(principal, subject);
  if (decision === 'unauthenticated') throw new UnauthenticatedError();
  if (decision === 'forbidden') throw new ForbiddenError(policy.denial);
  return principal!;
}

/** Whether the policy allows: for filtering what a caller may see, where refusing is not an error. */
export function allows<Subject>(policy: Policy<Subject>, principal: Principal | null | undefined, subject: Subject): boolean {
  return policy.decide(principal, subject) === 'allow';
}

/** Any signed-in caller, person or app: for operations open to everyone who signs in. */
export const signedIn: Policy<unknown> = definePolicy('signedIn', {}, () => true);
