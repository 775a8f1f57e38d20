import { GraphQLScalarType } from 'graphql';
import { isCalendarDate } from '@tsunagaru/shared-kernel';
import { stringLiteral } from './literal';

const RULE = 'a Date is a calendar day written YYYY-MM-DD that exists, e.g. 2019-04-01 (not 2019-02-30, 2019-4-1 or a date-time).';

function calendarDate(value: unknown): string {
  if (isCalendarDate(value)) return value;
  throw new TypeError(`Invalid Date: ${RULE}`);
}

/**
 * 日付: a day of the city's calendar. Its domain value is the `YYYY-MM-DD` string itself,
 * never a JS Date: a day is not an instant, and turning it into midnight UTC (as
 * graphql-scalars' `Date` does) puts it 9 hours off in Japan.
 */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description:
    '日付: a calendar date on the city\'s calendar (Japan), written YYYY-MM-DD (RFC 3339 full-date), e.g. 2019-04-01. ' +
    'It names a day, not an instant: no time and no time zone. Days that do not exist (2019-02-30) are refused.',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize: calendarDate,
  parseValue: calendarDate,
  parseLiteral: (node) => calendarDate(stringLiteral(node, 'Date', RULE)),
  extensions: { jsonSchema: { type: 'string', format: 'date' } },
});
