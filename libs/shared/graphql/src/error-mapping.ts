import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, PUBLIC_ERROR_CODES, ValidationFailedError } from '@tsunagaru/shared-kernel';
import { currentLogger, loggableError } from '@tsunagaru/shared-telemetry';

export type ErrorLogger = (error: unknown) => void;

// The request's JSON logger (its id): the error's class, code and stack, never data it may quote.
const defaultLogger: ErrorLogger = (error) => currentLogger().error({ err: loggableError(error) }, 'unexpected error');

/**
 * The one place where errors become GraphQL errors. Domain errors keep their message and
 * get their stable code; anything unexpected is logged here and reaches the client only
 * as INTERNAL_SERVER_ERROR, with no stack trace, SQL or internal address.
 */
export function createErrorFormatter(log: ErrorLogger = defaultLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof ValidationFailedError) {
      return { ...base, message: original.message, extensions: { code: original.code, issues: original.issues } };
    }
    if (original instanceof DomainError) {
      return { ...base, message: original.message, extensions: { code: original.code } };
    }
    if (original instanceof ArgumentValidationError) {
      return { ...base, message: 'Argument validation failed.', extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code) && (original instanceof GraphQLError || original === error)) {
      // A refusal by one of the limits names the limit (README, "Limits").
      const limit = formatted.extensions?.limit;
      return { ...base, extensions: typeof limit === 'string' ? { code, limit } : { code } };
    }
    log(original);
    return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
