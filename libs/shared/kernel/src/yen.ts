import type { FieldIssue } from './errors';

/**
 * Money (金額) in whole yen. The yen has no minor unit in use, so an amount is a whole
 * number, held as a JS number only within ±Number.MAX_SAFE_INTEGER (about 9 quadrillion
 * yen), where every whole number is exact; never a float with a fraction, never a string.
 *
 * Two types, both plain numbers at run time, branded so the compiler keeps them apart
 * from arbitrary numbers: a value becomes one only through `yen()`, `signedYen()` or a
 * check that proves it (`isYen`, `isSignedYen`, the GraphQL scalars, the column types).
 * - `Yen`: zero or more, for what cannot be negative (a donation, a grant award, a balance
 *   that may not go below zero).
 * - `SignedYen`: either sign, for movements in a ledger (money in positive, out negative,
 *   so the lines of one double entry sum to zero). Every `Yen` is also a `SignedYen`.
 *
 * Arithmetic on plain numbers gives a plain number back: add and negate with `sumYen` and
 * `negateYen`, which refuse results outside the safe range instead of silently rounding.
 */
declare const yenSign: unique symbol;

/** A whole number of yen, zero or more, within Number.MAX_SAFE_INTEGER. */
export type Yen = number & { readonly [yenSign]: 'non-negative' };

/** A whole number of yen of either sign, within ±Number.MAX_SAFE_INTEGER. Every Yen is one. */
export type SignedYen = number & { readonly [yenSign]: 'non-negative' | 'signed' };

/** The largest amount a JS number holds exactly: 9,007,199,254,740,991 yen. */
export const MAX_YEN = Number.MAX_SAFE_INTEGER;

/** Why a value is not an amount of yen; stable, for FieldIssue codes. */
export type YenProblem = 'NOT_A_NUMBER' | 'NOT_WHOLE_YEN' | 'NEGATIVE' | 'OUT_OF_RANGE';

export type YenSign = 'non-negative' | 'signed';

const YEN_PROBLEM_MESSAGES: Record<YenProblem, string> = {
  NOT_A_NUMBER: 'must be a number of yen (a JSON number, not a string)',
  NOT_WHOLE_YEN: 'must be a whole number of yen, without a fraction',
  NEGATIVE: 'must not be negative',
  OUT_OF_RANGE: `must be within ±${MAX_YEN.toLocaleString('en-US')} yen`,
};

/**
 * What is wrong with a value as an amount of yen, or null when nothing is. Only numbers
 * count: a numeric string ("1000") is refused, so is NaN, Infinity, 12.5 and anything
 * beyond the safe range. JSON cannot tell 1000 from 1e3 or 1000.0: they are the same number
 * once parsed, and accepted alike.
 */
export function yenProblem(value: unknown, sign: YenSign): YenProblem | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return 'NOT_A_NUMBER';
  if (!Number.isFinite(value) || Math.abs(value) > MAX_YEN) return 'OUT_OF_RANGE';
  if (!Number.isInteger(value)) return 'NOT_WHOLE_YEN';
  if (sign === 'non-negative' && value < 0) return 'NEGATIVE';
  return null;
}

/** A readable sentence for a problem, naming what was checked: "amount must not be negative." */
export function describeYenProblem(problem: YenProblem, subject = 'An amount'): string {
  return `${subject} ${YEN_PROBLEM_MESSAGES[problem]}.`;
}

/** Whether a value is a whole, non-negative, safe number of yen. */
export function isYen(value: unknown): value is Yen {
  return yenProblem(value, 'non-negative') === null;
}

/** Whether a value is a whole, safe number of yen of either sign. */
export function isSignedYen(value: unknown): value is SignedYen {
  return yenProblem(value, 'signed') === null;
}

// -0 is a whole number but prints as 0 and compares oddly (Object.is); amounts never carry it.
const withoutNegativeZero = (value: number) => (value === 0 ? 0 : value);

/**
 * The amount as `Yen`; throws a RangeError for anything else. For values the code itself
 * produces; check what users send with `yenIssue` (or the GraphQL scalars) instead.
 */
export function yen(value: number): Yen {
  const problem = yenProblem(value, 'non-negative');
  if (problem) throw new RangeError(describeYenProblem(problem, `Yen ${value}`));
  return withoutNegativeZero(value) as Yen;
}

/** The amount as `SignedYen`; throws a RangeError for anything else. */
export function signedYen(value: number): SignedYen {
  const problem = yenProblem(value, 'signed');
  if (problem) throw new RangeError(describeYenProblem(problem, `Yen ${value}`));
  return withoutNegativeZero(value) as SignedYen;
}

/**
 * A FieldIssue for an input field that must hold yen, or null when it does: domain services
 * collect these with their other checks and throw one ValidationFailedError.
 */
export function yenIssue(field: string[], value: unknown, sign: YenSign): FieldIssue | null {
  const problem = yenProblem(value, sign);
  if (!problem) return null;
  return { field, code: problem, message: describeYenProblem(problem, field[field.length - 1] ?? 'The amount') };
}

/**
 * The sum of amounts. Yen sum to Yen; mixed signs to SignedYen. Throws a RangeError when
 * the total (or a partial sum) leaves the safe range, where yen could no longer be counted
 * exactly. The lines of a balanced double entry sum to 0.
 */
export function sumYen(amounts: Iterable<Yen>): Yen;
export function sumYen(amounts: Iterable<SignedYen>): SignedYen;
export function sumYen(amounts: Iterable<SignedYen>): SignedYen {
  let total = 0;
  for (const amount of amounts) {
    total += signedYen(amount);
    if (!Number.isSafeInteger(total)) throw new RangeError('A sum of yen left the safe integer range.');
  }
  return withoutNegativeZero(total) as SignedYen;
}

/** The opposite movement: 1000 → -1000. */
export function negateYen(amount: SignedYen): SignedYen {
  return signedYen(-signedYen(amount));
}

/**
 * Reads an amount that PostgreSQL returns as text (bigint columns, `sum(...)` results of type
 * numeric, e.g. '1200' or '1200.00' with no fraction) without passing through a float, so a
 * value beyond the safe range is refused rather than rounded. Throws a RangeError otherwise.
 */
export function signedYenFromDecimalText(text: string): SignedYen {
  const match = /^(-?)(\d+)(?:\.0*)?$/.exec(text.trim());
  if (!match) throw new RangeError(`Not a whole number of yen: ${JSON.stringify(text)}`);
  const exact = BigInt(`${match[1]}${match[2]}`);
  if (exact > BigInt(MAX_YEN) || exact < -BigInt(MAX_YEN)) {
    throw new RangeError(`${text} yen is beyond ±${MAX_YEN}, which a JS number cannot hold exactly.`);
  }
  return signedYen(Number(exact));
}

/** An amount as the city's documents write it: 1,234,000円, -500円. */
export function formatYen(amount: SignedYen): string {
  return `${signedYen(amount).toLocaleString('ja-JP')}円`;
}
