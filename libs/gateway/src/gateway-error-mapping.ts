import type { GraphQLFormattedError } from 'graphql';
import { PUBLIC_ERROR_CODES } from '@tsunagaru/shared-kernel';
import { currentLogger } from '@tsunagaru/shared-telemetry';

/**
 * Subgraph errors arrive with their stable code and, from the gateway, the subgraph's
 * name; network failures carry internal URLs. Clients get the message and the code only,
 * and anything without a public code becomes a plain INTERNAL_SERVER_ERROR.
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const base = { locations: formatted.locations, path: formatted.path };
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
    // The name of a limit that refused the operation, or the field issues of bad input, travel with the code.
    const { issues, limit } = formatted.extensions ?? {};
    return {
      ...base,
      message: formatted.message,
      extensions: { code, ...(issues ? { issues } : {}), ...(typeof limit === 'string' ? { limit } : {}) },
    };
  }
  if (code !== 'INTERNAL_SERVER_ERROR') currentLogger().error({ code: typeof code === 'string' ? code : null, message: formatted.message.slice(0, 300) }, 'masked error');
  return { ...base, message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
