import { GraphQLScalarType, Kind, print } from 'graphql';
import { describeYenProblem, MAX_YEN, yenProblem, type SignedYen, type Yen, type YenSign } from '@tsunagaru/shared-kernel';

/**
 * Amounts of money travel as JSON numbers holding whole yen. GraphQL's Int is 32-bit (about
 * 2.1 billion yen, too small for a fund's ledger) and Float admits fractions; and
 * graphql-scalars' NonNegativeInt/SafeInt coerce with parseInt, so "12", 12.7 and "1e3" slip
 * through as 12, 12 and 1. These scalars take numbers only and refuse everything else.
 */
function yenScalar<T extends SignedYen>(name: string, sign: YenSign, description: string): GraphQLScalarType<T, number> {
  const amount = (value: unknown): T => {
    const problem = yenProblem(value, sign);
    if (problem) throw new TypeError(describeYenProblem(problem, name));
    return ((value as number) === 0 ? 0 : value) as T;
  };
  return new GraphQLScalarType<T, number>({
    name,
    description,
    serialize: amount,
    parseValue: amount,
    parseLiteral(node) {
      // 1000 is an IntValue; 1000.0 and 1e3 are FloatValues and are refused, like "1000".
      if (node.kind !== Kind.INT) {
        throw new TypeError(`${name} is written as a whole number without quotes, fraction or exponent, e.g. 1000, not ${print(node)}.`);
      }
      return amount(Number(node.value));
    },
    extensions: {
      jsonSchema: { type: 'integer', minimum: sign === 'signed' ? -MAX_YEN : 0, maximum: MAX_YEN },
    },
  });
}

/** 金額 (円): zero or more whole yen. Domain value: `Yen` from the kernel. */
export const YenScalar = yenScalar<Yen>(
  'Yen',
  'non-negative',
  '金額 (円): an amount of money in whole yen, zero or more, as a JSON number (not a string) from 0 to 9007199254740991 ' +
    '(Number.MAX_SAFE_INTEGER, where every whole number is exact). Fractions, negatives, strings, NaN/Infinity and larger ' +
    'numbers are refused.',
);

/** 増減額 (円): whole yen of either sign, for ledger movements. Domain value: `SignedYen`. */
export const SignedYenScalar = yenScalar<SignedYen>(
  'SignedYen',
  'signed',
  '増減額 (円): a signed amount of money in whole yen, for movements in a ledger (money in positive, money out negative), ' +
    'as a JSON number (not a string) within ±9007199254740991 (Number.MAX_SAFE_INTEGER). Fractions, strings, NaN/Infinity ' +
    'and larger numbers are refused.',
);
