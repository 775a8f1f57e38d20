import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '@tsunagaru/shared-kernel';
import { DEFAULT_PAGE_SIZE, keysetOrder, MAX_PAGE_SIZE, toPage } from './keyset-pagination';

interface Row {
  year: number;
  day: string;
  at: Date;
  name: string;
  code: number[];
  id: string;
}

const ID = '6f1c2d3e-4a5b-5c6d-8e7f-0123456789ab';
const row: Row = { year: 2019, day: '2019-04-01', at: new Date('2019-04-01T09:00:00Z'), name: 'アカイ', code: [6, 3, 10], id: ID };

const byYearThenId = keysetOrder<Row>(
  { sql: 'fiscal_year', type: 'int', direction: 'desc', of: (r) => r.year },
  { sql: 'id', type: 'uuid', direction: 'desc', of: (r) => r.id },
);
const everyType = keysetOrder<Row>(
  { sql: 'name_kana', type: 'text', of: (r) => r.name },
  { sql: 'fiscal_year', type: 'int', of: (r) => r.year },
  { sql: 'starts_at', type: 'timestamp', of: (r) => r.at },
  { sql: 'submitted_on', type: 'date', of: (r) => r.day },
  { sql: 'guideline_order', type: 'int[]', of: (r) => r.code },
  { sql: 'id', type: 'uuid', of: (r) => r.id },
);

const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function issuesOf(run: () => unknown): Array<{ field: string[]; code: string }> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return (error as ValidationFailedError).issues;
  }
  throw new Error('expected a ValidationFailedError');
}

describe('page arguments', () => {
  it('defaults first and reads a cursor back into the sort key it came from', () => {
    expect(byYearThenId.request({}).first).toBe(DEFAULT_PAGE_SIZE);
    expect(byYearThenId.request({ first: 0 }).first).toBe(0);
    expect(byYearThenId.request({ first: MAX_PAGE_SIZE }).first).toBe(100);
    expect(byYearThenId.request({ after: byYearThenId.cursorOf(row) }).after).toEqual([2019, ID]);
    expect(everyType.request({ after: everyType.cursorOf(row) }).after).toEqual([
      'アカイ',
      2019,
      '2019-04-01T09:00:00.000Z',
      '2019-04-01',
      [6, 3, 10],
      ID,
    ]);
  });

  it.each([-1, 101, 1.5, Number.NaN])('refuses first = %s', (first) => {
    expect(issuesOf(() => byYearThenId.request({ first }))).toEqual([expect.objectContaining({ field: ['first'], code: 'OUT_OF_RANGE' })]);
  });

  it.each([
    ['an empty string', ''],
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('[2019,').toString('base64url')],
    ['an object', cursor({})],
    ['a bare number', cursor(2019)],
    ['too few parts', cursor([2019])],
    ['too many parts', cursor([2019, ID, 1])],
    ['text where an int belongs', cursor(['x', ID])],
    ['a huge number', cursor([1e308, ID])],
    ['an infinite number', Buffer.from(`[1e999,"${ID}"]`).toString('base64url')],
    ['a number beyond int4', cursor([2147483648, ID])],
    ['a fraction', cursor([2019.5, ID])],
    ['null', cursor([null, 'x'])],
    ['a malformed uuid', cursor([2019, 'x'])],
    ['a number where a uuid belongs', cursor([2019, -1])],
    ['a very long cursor', 'A'.repeat(4096)],
  ])('refuses %s as after', (_, after) => {
    expect(issuesOf(() => byYearThenId.request({ after }))).toEqual([expect.objectContaining({ field: ['after'], code: 'INVALID_CURSOR' })]);
  });

  it.each([
    ['text with NUL', ['a\u0000b', 2019, '2019-04-01T09:00:00.000Z', '2019-04-01', [6], ID]],
    ['an impossible timestamp', ['a', 2019, '2019-02-30T09:00:00.000Z', '2019-04-01', [6], ID]],
    ['a timestamp without time', ['a', 2019, '2019-04-01', '2019-04-01', [6], ID]],
    ['a timestamp in year 0', ['a', 2019, '0000-04-01T09:00:00.000Z', '2019-04-01', [6], ID]],
    ['an impossible date', ['a', 2019, '2019-04-01T09:00:00.000Z', '2019-02-30', [6], ID]],
    ['a date with time', ['a', 2019, '2019-04-01T09:00:00.000Z', '2019-04-01T00:00:00.000Z', [6], ID]],
    ['an empty int array', ['a', 2019, '2019-04-01T09:00:00.000Z', '2019-04-01', [], ID]],
    ['an int array with text', ['a', 2019, '2019-04-01T09:00:00.000Z', '2019-04-01', [6, 'x'], ID]],
    ['an int array with a fraction', ['a', 2019, '2019-04-01T09:00:00.000Z', '2019-04-01', [6, 0.5], ID]],
  ])('refuses %s', (_, key) => {
    expect(issuesOf(() => everyType.request({ after: cursor(key) }))).toEqual([
      expect.objectContaining({ field: ['after'], code: 'INVALID_CURSOR' }),
    ]);
  });

  it('reports a bad first and a bad after together', () => {
    expect(issuesOf(() => byYearThenId.request({ first: -1, after: cursor(['x', 1]) })).map((issue) => issue.field[0])).toEqual([
      'first',
      'after',
    ]);
  });

  it('keys equal requests equally, so that loaders batch them', () => {
    const after = byYearThenId.cursorOf(row);
    expect(byYearThenId.request({ first: 5, after }).key).toBe(byYearThenId.request({ first: 5, after }).key);
    expect(byYearThenId.request({ first: 5 }).key).not.toBe(byYearThenId.request({ first: 6 }).key);
  });
});

describe('SQL of an order', () => {
  it('orders by every column in its direction', () => {
    expect(byYearThenId.orderBy('e')).toBe('e.fiscal_year desc, e.id desc');
  });

  it('continues after a cursor with one row comparison when directions agree', () => {
    expect(byYearThenId.after('e', [2019, ID])).toEqual({
      sql: '(e.fiscal_year, e.id) < (?::integer, ?::uuid)',
      params: [2019, ID],
    });
  });

  it('compares run by run, behind a bound on the first run, when directions change', () => {
    const mixed = keysetOrder<Row>(
      { sql: 'fiscal_year', type: 'int', direction: 'desc', of: (r) => r.year },
      { sql: 'name_kana', type: 'text', of: (r) => r.name },
      { sql: 'id', type: 'uuid', of: (r) => r.id },
    );
    expect(mixed.after('e', [2019, 'ア', ID])).toEqual({
      sql: 'e.fiscal_year <= ?::integer and (e.fiscal_year < ?::integer or (e.fiscal_year = ?::integer and (e.name_kana, e.id) > (?::text, ?::uuid)))',
      params: [2019, 2019, 2019, 'ア', ID],
    });
  });

  it('takes expressions and int arrays', () => {
    const order = keysetOrder<Row>(
      { sql: (alias) => `lower(${alias}.name)`, type: 'text', of: (r) => r.name },
      { sql: 'guideline_order', type: 'int[]', of: (r) => r.code },
    );
    expect(order.orderBy('c')).toBe('lower(c.name) asc, c.guideline_order asc');
    expect(order.after('c', ['a', [6, 3, 10]])).toEqual({
      sql: '(lower(c.name), c.guideline_order) > (?::text, array[?, ?, ?]::integer[])',
      params: ['a', 6, 3, 10],
    });
  });

  it('refuses a column that is not a plain name, and a row that no cursor can carry', () => {
    expect(() => keysetOrder<Row>({ sql: 'id; drop table x', type: 'uuid', of: (r) => r.id })).toThrow(/not a column name/);
    expect(() => byYearThenId.cursorOf({ ...row, year: null as never })).toThrow();
  });
});

describe('toPage', () => {
  it('tells whether more rows follow from the extra row, and counts only when asked, once', async () => {
    let counted = 0;
    const request = byYearThenId.request({ first: 2 });
    const page = toPage(request, [row, { ...row, id: '00000000-0000-5000-8000-000000000001' }, row], async () => {
      counted += 1;
      return 3;
    });
    expect(page.rows).toHaveLength(2);
    expect(page.hasNextPage).toBe(true);
    expect(page.hasPreviousPage).toBe(false);
    expect(counted).toBe(0);
    expect(await page.totalCount()).toBe(3);
    expect(await page.totalCount()).toBe(3);
    expect(counted).toBe(1);
    expect(toPage(request, [row], async () => 1).hasNextPage).toBe(false);
  });
});
