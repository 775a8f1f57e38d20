import pino, { type DestinationStream, type Logger } from 'pino';
import { currentRequestObservation } from './request-context';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** `LOG_LEVEL` by default, else `info`; `silent` turns logging off. */
  level?: string;
  /** Where JSON lines go; standard output by default (tests pass a stream to read them). */
  destination?: DestinationStream;
}

/**
 * Paths that must never reach a log even if someone logs a whole object by mistake: bearer
 * tokens, the gateway credential, GraphQL variables (which carry names, e-mail addresses,
 * phone numbers) and query text.
 */
export const REDACTED_LOG_PATHS = [
  'authorization',
  'token',
  'variables',
  'query',
  'headers',
  'req.headers',
  '*.authorization',
  '*.token',
  '*.variables',
  '*.query',
  '*.headers',
];

/** JSON lines (pino) with the service's name on each; request lines add `requestId`. */
export function createLogger(service?: string, options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: service ? { service } : {},
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

let fallback: Logger | undefined;

/**
 * The logger of the request being served (its service, its `requestId`); outside a request,
 * a process-wide one. Code deep in a request (error formatters) logs through this.
 */
export function currentLogger(): Logger {
  const bound = currentRequestObservation()?.logger;
  if (bound) return bound;
  fallback ??= createLogger('tsunagaru');
  return fallback;
}

/**
 * What an unexpected error may put in a log: its class, its SQLSTATE or code, and its stack
 * frames, but not its message when that message can carry data (database errors quote the
 * statement with its values; some quote rows).
 */
export function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code } = error as { code?: unknown };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  const fromDatabase = /Exception$/.test(error.name) || /Exception$/.test(error.constructor?.name ?? '') || typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
  return {
    type: error.constructor?.name ?? error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(fromDatabase ? {} : { message: error.message.slice(0, 300) }),
    stack: frames.slice(0, 12).map((line) => line.trim()),
  };
}
