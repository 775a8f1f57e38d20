import { BigIntType } from '@mikro-orm/core';
import {
  describeYenProblem,
  signedYenFromDecimalText,
  yenProblem,
  type SignedYen,
  type Yen,
  type YenSign,
} from '@tsunagaru/shared-kernel';

/**
 * Money columns: PostgreSQL `bigint` holding whole yen, mapped to JS numbers.
 *
 * bigint reaches ±9.2 quintillion, a JS number only ±9,007,199,254,740,991 exactly, and the
 * pg driver hands bigint over as text. MikroORM's `BigIntType('number')` would run
 * `Number(text)` and silently round anything larger; these types refuse it instead, on
 * read and on write, as they refuse fractions and (for `YenType`) negatives. Use them as:
 *
 * ```ts
 * @Property({ type: YenType })        // migration: amount bigint not null check (amount >= 0)
 * amount!: Yen;
 *
 * @Property({ type: SignedYenType })  // migration: amount bigint not null
 * amount!: SignedYen;
 * ```
 *
 * Give non-negative columns a CHECK constraint too, so SQL written by hand cannot store what
 * the type would refuse to read. Sums in SQL (`sum(amount)` is numeric) come back as text
 * as well: read them with `signedYenFromDecimalText` from the kernel, never `Number()`.
 */
abstract class YenColumnType<T extends SignedYen> extends BigIntType<'number'> {
  protected abstract readonly sign: YenSign;

  constructor() {
    // Comparison and serialisation as numbers; the conversions below replace BigIntType's.
    super('number');
  }

  override convertToDatabaseValue(value: unknown): string {
    if (value === null || value === undefined) return value as never;
    const problem = yenProblem(value, this.sign);
    if (problem) throw new RangeError(describeYenProblem(problem, `Yen column value ${String(value)}`));
    return String(value);
  }

  override convertToJSValue(value: unknown): T {
    if (value === null || value === undefined) return value as never;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'bigint') {
      throw new RangeError(`A yen column returned ${typeof value}, not a number.`);
    }
    const amount = signedYenFromDecimalText(String(value));
    if (this.sign === 'non-negative' && amount < 0) throw new RangeError(`A non-negative yen column holds ${amount}.`);
    return amount as T;
  }
}

/** A `bigint` column of whole yen, zero or more, read as `Yen`. */
export class YenType extends YenColumnType<Yen> {
  protected readonly sign = 'non-negative' as const;
}

/** A `bigint` column of whole yen of either sign (ledger movements), read as `SignedYen`. */
export class SignedYenType extends YenColumnType<SignedYen> {
  protected readonly sign = 'signed' as const;
}
