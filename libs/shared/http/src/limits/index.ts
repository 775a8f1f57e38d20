import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import type { GraphQLLimits } from './graphql-limits';
import { limitsPlugin } from './limits-plugin';
import { limitValidationRules } from './validation-rules';

export * from './cost';
export * from './graphql-limits';
export * from './limit-error';
export * from './limits-plugin';
export * from './text-inputs';
export * from './validation-rules';

/**
 * The Apollo Server options that enforce the limits: spread into the gateway's and every
 * subgraph's ApolloServer, so both refuse the same operations the same way.
 */
export function apolloLimitOptions<TContext extends BaseContext>(
  limits: GraphQLLimits,
  { production }: { production: boolean },
): {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin<TContext>[];
  hideSchemaDetailsFromClientErrors: boolean;
} {
  return {
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitValidationRules(limits),
    plugins: [limitsPlugin<TContext>(limits)],
    // "Did you mean …?" maps a schema for whoever guesses field names; production does not say it.
    hideSchemaDetailsFromClientErrors: production,
  };
}

/** Production mode, as Node's convention has it; field suggestions are off there. */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}
