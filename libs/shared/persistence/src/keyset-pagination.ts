import { isUuid, ValidationFailedError, type FieldIssue } from '@tsunagaru/shared-kernel';

/** Page size when a client gives no `first`. */
export const DEFAULT_PAGE_SIZE = 20;
/** The most rows any list returns per parent: `first` above this is the caller's mistake. */
export const MAX_PAGE_SIZE = 100;

/**
 * What a sort column holds, which decides how its cursor part is checked and cast.
 * `timestamp` cursors carry milliseconds (ISO 8601, UTC): a timestamptz sort column must not
 * hold finer values (rows written from JavaScript Dates do not), or a row could repeat on
 * the next page. `date` cursors carry the calendar day, YYYY-MM-DD.
 */
export type SortKeyType = 'text' | 'int' | 'uuid' | 'timestamp' | 'date' | 'int[]';
export type SortDirection = 'asc' | 'desc';
/** One part of a decoded cursor: text, uuid, ISO timestamp and date are strings. */
export type SortKeyPart = string | number | readonly number[];
export type SortKey = readonly SortKeyPart[];

/** An SQL fragment with `?` placeholders and their values, in order. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export interface SortColumn<Row> {
  /**
   * The column (snake_case name) or an SQL expression of the row, given the table alias.
   * Sort columns are NOT NULL: a null would neither order nor compare as the keyset needs.
   */
  readonly sql: string | ((alias: string) => string);
  readonly type: SortKeyType;
  /** `asc` unless given. */
  readonly direction?: SortDirection;
  /** The row's value of this column, as it goes into a cursor. */
  readonly of: (row: Row) => unknown;
}

const COLUMN_NAME = /^[a-z_][a-z0-9_]*$/;
const INT4_MIN = -2147483648;
const INT4_MAX = 2147483647;
/** Bounds the work spent on a cursor; real cursors are a few dozen characters. */
const MAX_CURSOR_LENGTH = 2048;
const MAX_TEXT_PART_LENGTH = 1000;
const MAX_INT_ARRAY_LENGTH = 32;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const ISO_TIMESTAMP = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const PARAMETER_CAST: Record<Exclude<SortKeyType, 'int[]'>, string> = {
  text: 'text',
  int: 'integer',
  uuid: 'uuid',
  timestamp: 'timestamptz',
  date: 'date',
};

function isInt4(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= INT4_MIN && value <= INT4_MAX;
}

function isIsoTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_TIMESTAMP.exec(value);
  // PostgreSQL has no year 0; anything JavaScript would normalise (Feb 30) is not ours.
  return match !== null && match[1] !== '0000' && new Date(value).toISOString() === value;
}

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match || match[1] === '0000') return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** Whether a decoded cursor part is a value PostgreSQL will take for a column of `type`. */
function isValidPart(type: SortKeyType, part: unknown): boolean {
  switch (type) {
    case 'text':
      // PostgreSQL text cannot hold NUL; such a value would fail in SQL, not match nothing.
      return typeof part === 'string' && part.length <= MAX_TEXT_PART_LENGTH && !part.includes('\u0000');
    case 'int':
      return isInt4(part);
    case 'uuid':
      return isUuid(part);
    case 'timestamp':
      return isIsoTimestamp(part);
    case 'date':
      return isIsoDate(part);
    case 'int[]':
      return Array.isArray(part) && part.length > 0 && part.length <= MAX_INT_ARRAY_LENGTH && part.every(isInt4);
  }
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** A row's value in the form a cursor holds; a value that does not fit is a programming error. */
function encodePart(type: SortKeyType, value: unknown): SortKeyPart {
  let part: unknown = value;
  if (type === 'timestamp' && (value instanceof Date || typeof value === 'string')) {
    part = new Date(value).toISOString();
  } else if (type === 'date' && value instanceof Date) {
    // node-pg turns a date into local midnight; keep the calendar day it meant.
    part = `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  } else if (type === 'uuid' && typeof value === 'string') {
    part = value.toLowerCase();
  }
  if (!isValidPart(type, part)) throw new Error(`A ${type} sort column holds ${String(value)}, which no cursor can carry.`);
  return part as SortKeyPart;
}

function invalidCursor(): FieldIssue {
  return { field: ['after'], code: 'INVALID_CURSOR', message: 'after is not a cursor from this list.' };
}

/** Everything a page needs from the caller: how many rows, and after which one. */
export interface PageArguments {
  first?: number | null;
  after?: string | null;
}

/** Validated page arguments of one list, ready for SQL. */
export interface PageRequest<Row> {
  readonly order: KeysetOrder<Row>;
  /** Rows wanted, 0 to MAX_PAGE_SIZE. */
  readonly first: number;
  /** Sort key of the last row already seen; null for the first page. */
  readonly after: SortKey | null;
  /** The request as text: equal requests batch together and share a loader's cache. */
  readonly key: string;
}

/** One page of rows: the rows, whether more follow, their cursors, and a total counted only on demand. */
export interface Page<Row> {
  readonly rows: readonly Row[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  cursorOf(row: Row): string;
  /** Rows matching the list's filter across all pages; runs its statement on first call only. */
  totalCount(): Promise<number>;
}

/**
 * A list's sort order, declared once: ORDER BY, the cursor of a row, the strict parsing of
 * `after`, and the WHERE predicate that continues after a cursor. The last column must make
 * the order total (an id), or ties would repeat or skip rows between pages.
 */
export class KeysetOrder<Row> {
  readonly columns: ReadonlyArray<Required<SortColumn<Row>>>;

  constructor(columns: ReadonlyArray<SortColumn<Row>>) {
    if (columns.length === 0) throw new Error('A keyset order needs at least one column.');
    for (const column of columns) {
      if (typeof column.sql === 'string' && !COLUMN_NAME.test(column.sql)) {
        throw new Error(`"${column.sql}" is not a column name; give an expression as (alias) => sql.`);
      }
    }
    this.columns = columns.map((column) => ({ ...column, direction: column.direction ?? 'asc' }));
  }

  /** The SQL of column `index` on the table aliased `alias`. */
  expression(index: number, alias: string): string {
    const { sql } = this.columns[index];
    return typeof sql === 'string' ? `${alias}.${sql}` : sql(alias);
  }

  /** `e.fiscal_year desc, e.id desc`: the ORDER BY list without the keywords. */
  orderBy(alias: string): string {
    return this.columns.map((column, index) => `${this.expression(index, alias)} ${column.direction}`).join(', ');
  }

  /** The opaque cursor of a row: its sort key as base64url JSON. */
  cursorOf(row: Row): string {
    const key = this.columns.map((column) => encodePart(column.type, column.of(row)));
    return Buffer.from(JSON.stringify(key)).toString('base64url');
  }

  /** The sort key in a cursor; anything this order did not produce is BAD_USER_INPUT on `after`. */
  parseCursor(cursor: string): SortKey {
    if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) {
      throw new ValidationFailedError([invalidCursor()]);
    }
    let key: unknown;
    try {
      key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    } catch {
      throw new ValidationFailedError([invalidCursor()]);
    }
    if (
      !Array.isArray(key) ||
      key.length !== this.columns.length ||
      !this.columns.every((column, index) => isValidPart(column.type, key[index]))
    ) {
      throw new ValidationFailedError([invalidCursor()]);
    }
    return key as SortKey;
  }

  /**
   * Validates `first` (0…MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE when absent) and `after`, reporting
   * both at once, as BAD_USER_INPUT on the fields `first` and `after`.
   */
  request({ first, after }: PageArguments): PageRequest<Row> {
    const issues: FieldIssue[] = [];
    const size = first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
      issues.push({ field: ['first'], code: 'OUT_OF_RANGE', message: `first must be between 0 and ${MAX_PAGE_SIZE}.` });
    }
    let key: SortKey | null = null;
    if (after !== null && after !== undefined) {
      try {
        key = this.parseCursor(after);
      } catch (error) {
        if (!(error instanceof ValidationFailedError)) throw error;
        issues.push(...error.issues);
      }
    }
    if (issues.length > 0) throw new ValidationFailedError(issues);
    return { order: this, first: size, after: key, key: `${size}|${after ?? ''}` };
  }

  /**
   * Rows strictly after `key` in this order. Columns sorted the same way compare as one row
   * value, `(e.name_kana, e.id) > (?, ?)`, which an index on those columns serves directly;
   * where directions change, each run of one direction is compared in turn, behind a bound on
   * the first run so that an index on it still narrows the scan.
   */
  after(alias: string, key: SortKey): SqlFragment {
    const runs: Array<{ direction: SortDirection; indexes: number[] }> = [];
    this.columns.forEach((column, index) => {
      const last = runs.at(-1);
      if (last && last.direction === column.direction) last.indexes.push(index);
      else runs.push({ direction: column.direction, indexes: [index] });
    });
    const side = (indexes: number[]) => {
      const columns = indexes.map((index) => this.expression(index, alias));
      const values = indexes.map((index) => this.parameter(index, key[index]));
      const wrap = (parts: string[]) => (parts.length === 1 ? parts[0] : `(${parts.join(', ')})`);
      return { columns: wrap(columns), values: wrap(values.map((value) => value.sql)), params: values.flatMap((value) => value.params) };
    };
    const strictly = (runIndex: number): SqlFragment => {
      const run = runs[runIndex];
      const { columns, values, params } = side(run.indexes);
      const beyond = `${columns} ${run.direction === 'asc' ? '>' : '<'} ${values}`;
      if (runIndex === runs.length - 1) return { sql: beyond, params };
      const rest = strictly(runIndex + 1);
      return { sql: `(${beyond} or (${columns} = ${values} and ${rest.sql}))`, params: [...params, ...params, ...rest.params] };
    };
    const predicate = strictly(0);
    if (runs.length === 1) return predicate;
    const first = side(runs[0].indexes);
    return {
      sql: `${first.columns} ${runs[0].direction === 'asc' ? '>=' : '<='} ${first.values} and ${predicate.sql}`,
      params: [...first.params, ...predicate.params],
    };
  }

  private parameter(index: number, part: SortKeyPart): SqlFragment {
    const { type } = this.columns[index];
    if (type === 'int[]') {
      const items = part as readonly number[];
      return { sql: `array[${items.map(() => '?').join(', ')}]::integer[]`, params: [...items] };
    }
    return { sql: `?::${PARAMETER_CAST[type]}`, params: [part] };
  }
}

/** Declares a list's sort order once; see KeysetOrder. */
export function keysetOrder<Row>(...columns: Array<SortColumn<Row>>): KeysetOrder<Row> {
  return new KeysetOrder(columns);
}

/**
 * Makes a page from rows fetched with one extra row (`first + 1`), which tells whether
 * more follow without counting. `count` runs at most once, and only if someone asks.
 */
export function toPage<Row>(request: PageRequest<Row>, fetched: readonly Row[], count: () => Promise<number>): Page<Row> {
  let counted: Promise<number> | undefined;
  return {
    rows: fetched.slice(0, request.first),
    hasNextPage: fetched.length > request.first,
    hasPreviousPage: request.after !== null,
    cursorOf: (row) => request.order.cursorOf(row),
    totalCount: () => (counted ??= count()),
  };
}
