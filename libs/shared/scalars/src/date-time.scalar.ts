import { GraphQLScalarType } from 'graphql';
import { formatJapanDateTime, parseDateTime } from '@tsunagaru/shared-kernel';
import { stringLiteral } from './literal';

const RULE =
  'a DateTime is an RFC 3339 date and time with seconds and an explicit offset or Z, e.g. 2026-12-01T18:00:00+09:00 or 2026-12-01T09:00:00Z.';

function instant(value: unknown): Date {
  const parsed = parseDateTime(value);
  if (parsed) return parsed;
  throw new TypeError(`Invalid DateTime: ${RULE}`);
}

/**
 * 日時: an instant. Its domain value is a JS Date. Input must state its offset, so no
 * server or client time zone is ever guessed; output is always Japan Standard Time, as
 * the city's timetables read (graphql-scalars' `DateTime` writes UTC and accepts Unix
 * timestamps, which is why this one is our own).
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    '日時: an instant, as an RFC 3339 date-time. Input states its offset or Z: 2026-12-01T18:00:00+09:00, 2026-12-01T09:00:00Z ' +
    '(seconds required; fractions are kept to the millisecond). Output is always in Japan Standard Time (UTC+9, no daylight ' +
    'saving) with +09:00, as the city\'s timetables read: 2026-12-01T18:00:00+09:00.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return formatJapanDateTime(value);
    throw new TypeError('DateTime can only serialise a valid JS Date.');
  },
  parseValue: instant,
  parseLiteral: (node) => instant(stringLiteral(node, 'DateTime', RULE)),
  extensions: { jsonSchema: { type: 'string', format: 'date-time' } },
});
