import {
  buildSchema,
  graphql,
  GraphQLObjectType,
  GraphQLSchema,
  parseValue,
  validate,
  parse,
  type GraphQLScalarType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_YEN } from '@tsunagaru/shared-kernel';
import { CITY_SCALARS, implementScalarInputs } from './city-scalars';
import { DateTimeScalar } from './date-time.scalar';
import { DateScalar } from './date.scalar';
import { SignedYenScalar, YenScalar } from './yen.scalar';

const literal = (scalar: GraphQLScalarType, source: string) => scalar.parseLiteral(parseValue(source), undefined);

describe('Date', () => {
  it('keeps a real calendar day as its YYYY-MM-DD string, in and out', () => {
    expect(DateScalar.parseValue('2020-02-29')).toBe('2020-02-29');
    expect(literal(DateScalar, '"2019-04-01"')).toBe('2019-04-01');
    expect(DateScalar.serialize('2019-04-01')).toBe('2019-04-01');
  });

  it('refuses days that do not exist, other spellings and non-strings', () => {
    for (const value of ['2019-02-29', '2019-02-30', '2019-13-01', '2019-4-1', '2019-04-01T00:00:00+09:00', '', 20190401, null]) {
      expect(() => DateScalar.parseValue(value), String(value)).toThrow(/YYYY-MM-DD/);
    }
    expect(() => literal(DateScalar, '20190401')).toThrow(/written as a string/);
    expect(() => literal(DateScalar, '"2019-02-30"')).toThrow(/Invalid Date/);
  });

  it('refuses to serialise a JS Date: which day it is depends on a time zone', () => {
    expect(() => DateScalar.serialize(new Date('2019-04-01T00:00:00Z'))).toThrow(TypeError);
    expect(() => DateScalar.serialize('2019-02-30')).toThrow(TypeError);
  });
});

describe('DateTime', () => {
  it('reads RFC 3339 with an offset into a JS Date', () => {
    expect((DateTimeScalar.parseValue('2026-12-01T18:00:00+09:00') as Date).toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect((DateTimeScalar.parseValue('2026-12-01T09:00:00Z') as Date).toISOString()).toBe('2026-12-01T09:00:00.000Z');
    expect((literal(DateTimeScalar, '"2026-12-01T10:00:00+10:00"') as Date).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('refuses local times without an offset, bare dates, impossible times and timestamps', () => {
    for (const value of ['2026-12-01T18:00:00', '2026-12-01', '2026-02-30T10:00:00Z', '2026-12-01T24:00:00Z', 1764579600000, new Date()]) {
      expect(() => DateTimeScalar.parseValue(value), String(value)).toThrow(/RFC 3339/);
    }
    expect(() => literal(DateTimeScalar, '1764579600000')).toThrow(/written as a string/);
  });

  it('writes every instant in Japan time with +09:00', () => {
    expect(DateTimeScalar.serialize(new Date('2026-12-01T09:00:00Z'))).toBe('2026-12-01T18:00:00+09:00');
    expect(DateTimeScalar.serialize(new Date('2020-03-31T15:00:00Z'))).toBe('2020-04-01T00:00:00+09:00');
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(TypeError);
    expect(() => DateTimeScalar.serialize('2026-12-01T18:00:00+09:00')).toThrow(TypeError);
  });
});

describe('Yen and SignedYen', () => {
  it('take whole numbers within the safe range, Yen zero or more', () => {
    expect(YenScalar.parseValue(0)).toBe(0);
    expect(YenScalar.parseValue(1_234_000)).toBe(1_234_000);
    expect(YenScalar.parseValue(MAX_YEN)).toBe(MAX_YEN);
    expect(Object.is(YenScalar.parseValue(-0), 0)).toBe(true);
    expect(SignedYenScalar.parseValue(-MAX_YEN)).toBe(-MAX_YEN);
    expect(literal(YenScalar, '1000')).toBe(1000);
    expect(literal(SignedYenScalar, '-1000')).toBe(-1000);
    expect(YenScalar.serialize(500)).toBe(500);
    expect(SignedYenScalar.serialize(-500)).toBe(-500);
  });

  it('refuse fractions, negatives where none make sense, strings, NaN/Infinity and unsafe numbers', () => {
    const refusals: Array<[GraphQLScalarType, unknown, RegExp]> = [
      [YenScalar, 12.5, /whole number/],
      [YenScalar, -1, /negative/],
      [YenScalar, '1000', /not a string/],
      [YenScalar, '1e3', /not a string/],
      [YenScalar, Number.NaN, /number of yen/],
      [YenScalar, Number.POSITIVE_INFINITY, /within/],
      [YenScalar, MAX_YEN + 1, /within/],
      [YenScalar, 1e21, /within/],
      [YenScalar, true, /number of yen/],
      [YenScalar, null, /number of yen/],
      [SignedYenScalar, -MAX_YEN - 1, /within/],
      [SignedYenScalar, -0.5, /whole number/],
    ];
    for (const [scalar, value, message] of refusals) {
      expect(() => scalar.parseValue(value), `${scalar.name} ${String(value)}`).toThrow(message);
    }
  });

  it('refuse literals that are not plain whole numbers: floats, exponents, strings, huge integers', () => {
    for (const source of ['1000.0', '1e3', '12.5', '"1000"', '99999999999999999999', '9007199254740992', '-1']) {
      expect(() => literal(YenScalar, source), source).toThrow(TypeError);
    }
    expect(literal(YenScalar, String(MAX_YEN))).toBe(MAX_YEN);
  });

  it('refuse to serialise what is not whole yen: a server bug must not reach clients as money', () => {
    expect(() => YenScalar.serialize(0.1 + 0.2)).toThrow(TypeError);
    expect(() => YenScalar.serialize(-1)).toThrow(TypeError);
    expect(() => SignedYenScalar.serialize('100')).toThrow(TypeError);
    expect(() => SignedYenScalar.serialize(2 ** 53)).toThrow(TypeError);
  });
});

describe('the scalars in a schema', () => {
  const echo = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: Object.fromEntries(
        CITY_SCALARS.map((scalar) => [
          `echo${scalar.name}`,
          { type: scalar, args: { value: { type: scalar } }, resolve: (_: unknown, args: { value: unknown }) => args.value },
        ]),
      ),
    }),
  });

  it('turn input into domain values and back', async () => {
    const result = await graphql({
      schema: echo,
      source: 'query ($at: DateTime) { echoDateTime(value: $at) echoDate(value: "2019-04-01") echoYen(value: 1000) }',
      variableValues: { at: '2026-12-01T09:00:00Z' },
    });
    expect(result).toEqual({ data: { echoDateTime: '2026-12-01T18:00:00+09:00', echoDate: '2019-04-01', echoYen: 1000 } });
  });

  it('report a bad variable with its path and the rule, and a bad literal as a validation error', async () => {
    const variable = await graphql({ schema: echo, source: 'query ($v: Yen) { echoYen(value: $v) }', variableValues: { v: 10.5 } });
    expect(variable.errors?.[0]?.message).toBe(
      'Variable "$v" got invalid value 10.5; Expected type "Yen". Yen must be a whole number of yen, without a fraction.',
    );
    const errors = validate(echo, parse('{ echoDate(value: "2019-02-30") }'));
    expect(errors.map((error) => error.message)).toEqual([
      'Expected value of type "Date", found "2019-02-30"; Invalid Date: a Date is a calendar day written YYYY-MM-DD that exists, e.g. 2019-04-01 (not 2019-02-30, 2019-4-1 or a date-time).',
    ]);
  });

  it('can be given to a schema built from SDL, such as the gateway\'s supergraph', () => {
    const schema = buildSchema('scalar Date\nscalar Yen\nscalar Other\ntype Query { day(on: Date): Int, gift(amount: Yen): Int }');
    expect(validate(schema, parse('{ day(on: "2019-02-30") }'))).toEqual([]);
    expect(implementScalarInputs(schema)).toEqual(['Date', 'Yen']);
    expect(validate(schema, parse('{ day(on: "2019-02-30") }')).length).toBe(1);
    expect(validate(schema, parse('{ gift(amount: -5) }')).length).toBe(1);
    expect(validate(schema, parse('{ day(on: "2019-04-01") gift(amount: 5) }'))).toEqual([]);
  });
});
