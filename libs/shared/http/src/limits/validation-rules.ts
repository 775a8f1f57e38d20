import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ASTVisitor, GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { GraphQLLimits } from './graphql-limits';
import { limitError, type LimitName } from './limit-error';

/** graphql-armor says "…limit of 15 exceeded, found 16."; the count is what a client needs. */
function foundIn(error: GraphQLError): string {
  return /found (\d+)/.exec(error.message)?.[1] ?? 'more';
}

/**
 * graphql-armor's rules throw their own "Syntax Error" by default; here they report a refusal
 * that names the limit instead, and let GraphQL's other rules finish.
 */
function refuseWith(limit: LimitName, describe: (found: string) => string) {
  return {
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(limit, describe(foundIn(error)))),
    ],
  };
}

/**
 * The same field selected many times in one selection set (`{ __typename __typename … }`):
 * GraphQL merges the repeats, so they add nothing but work for the validator, which compares
 * fields pairwise. No library offers this check; it counts each selection set once.
 */
export function maxFieldRepeatsRule(maxRepeats: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    SelectionSet(selectionSet) {
      const seen = new Map<string, number>();
      for (const selection of selectionSet.selections) {
        if (selection.kind !== 'Field') continue;
        const key = selection.alias?.value ?? selection.name.value;
        const times = (seen.get(key) ?? 0) + 1;
        seen.set(key, times);
        if (times === maxRepeats + 1) {
          context.reportError(
            limitError('field-repeats', `The field "${key}" is selected more than ${maxRepeats} times in one place; at most ${maxRepeats} are allowed (limit: field-repeats).`, selection),
          );
        }
      }
    },
  });
}

/**
 * Depth, aliases and directives, by graphql-armor: each rule walks a fragment once however
 * often it is spread (linear in the document), so no document can make validation itself slow.
 */
export function limitValidationRules(limits: GraphQLLimits): ValidationRule[] {
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // A fragment adds no level of its own: its fields count where it is spread.
      flattenFragments: true,
      ignoreIntrospection: true,
      ...refuseWith('depth', (found) => `The operation is nested ${found} levels deep; at most ${limits.maxDepth} are allowed (limit: depth).`),
    }) as unknown as ValidationRule,
    maxAliasesRule({
      n: limits.maxAliases,
      // graphql-armor lets `__typename` aliases through by default; they cost work all the same.
      allowList: [],
      ...refuseWith('aliases', (found) => `The operation has ${found} aliases; at most ${limits.maxAliases} are allowed (limit: aliases).`),
    }) as unknown as ValidationRule,
    maxDirectivesRule({
      n: limits.maxDirectives,
      ...refuseWith('directives', (found) => `The operation has ${found} directives; at most ${limits.maxDirectives} are allowed (limit: directives).`),
    }) as unknown as ValidationRule,
    maxFieldRepeatsRule(limits.maxFieldRepeats),
  ];
}
