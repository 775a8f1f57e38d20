import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { estimateCost } from './cost';
import type { GraphQLLimits } from './graphql-limits';
import { limitError } from './limit-error';
import { findTextProblem } from './text-inputs';

function badRequest(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
}

/**
 * What needs the request's variables, checked after validation and before execution (so at the
 * gateway before any subgraph is called): that the request names one operation of its document,
 * the text it carries, and the operation's cost.
 */
export function limitsPlugin<TContext extends BaseContext>(limits: GraphQLLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) {
            throw badRequest(
              request.operationName
                ? `The document has no operation named "${request.operationName}".`
                : 'The document has several operations; name the one to run in "operationName".',
            );
          }
          const text = findTextProblem(document, request.variables, limits.maxTextLength);
          if (text?.kind === 'nul') {
            throw new GraphQLError(`Text must not contain the NUL character (U+0000); ${text.where} does.`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
          if (text?.kind === 'too-long') {
            throw new GraphQLError(
              `Text is limited to ${limits.maxTextLength} characters; ${text.where} has ${text.length} (limit: text).`,
              { extensions: { code: 'BAD_USER_INPUT', limit: 'text', http: { status: 400 } } },
            );
          }
          const estimate = estimateCost(schema, document, operation.name?.value, request.variables, limits);
          if (estimate.kind === 'too-many-nodes') {
            throw limitError(
              'cost',
              `The operation expands to more than ${limits.maxCostNodes} selections once its fragments are spread; its cost is over the limit of ${limits.maxCost} (limit: cost).`,
            );
          }
          if (estimate.kind === 'cost' && estimate.cost > limits.maxCost) {
            throw limitError(
              'cost',
              `The operation would cost ${estimate.cost}; at most ${limits.maxCost} is allowed (limit: cost). Ask for fewer items with "first", or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
