import { describe, expect, it } from 'vitest';
import { recoverableBySubtraction, suppressCrossTable } from './survey-suppression';

describe('suppressCrossTable', () => {
  it('withholds counts below 3 and one more in each relation that would give it away', () => {
    const table = { total: 20, columns: [10, 8, 2], rows: [] };
    const result = suppressCrossTable(table);
    expect(result.columns).toEqual([false, true, true]);
    expect(recoverableBySubtraction(table, result)).toBe(false);
  });

  it('keeps a table without small counts whole', () => {
    const table = { total: 30, columns: [12, 18], rows: [{ total: 10, cells: [4, 6] }, { total: 20, cells: [8, 12] }] };
    const result = suppressCrossTable(table);
    expect(result.rows.flatMap((row) => [row.total, ...row.cells]).some(Boolean)).toBe(false);
    expect(result.columns).toEqual([false, false]);
  });

  it('suppresses across rows and columns until no relation hides exactly one figure', () => {
    const table = {
      total: 40,
      columns: [22, 18],
      rows: [
        { total: 21, cells: [19, 2] },
        { total: 12, cells: [3, 9] },
        { total: 7, cells: [0, 7] },
      ],
    };
    const result = suppressCrossTable(table);
    expect(result.rows[0].cells[1]).toBe(true);
    expect(result.rows[2].cells[0]).toBe(true);
    expect(recoverableBySubtraction(table, result)).toBe(false);
  });

  it('shows nothing below 3 respondents', () => {
    const result = suppressCrossTable({ total: 2, columns: [1, 1], rows: [{ total: 2, cells: [1, 1] }] });
    expect(result.total).toBe(true);
    expect(result.columns).toEqual([true, true]);
  });

  it('never leaves a single withheld figure in a relation, on random tables', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 200; run += 1) {
      const columns = 1 + Math.floor(random() * 5);
      const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, () => {
        const cells = Array.from({ length: columns }, () => Math.floor(random() * 8));
        return { total: cells.reduce((a, b) => a + b, 0), cells };
      });
      const columnTotals = Array.from({ length: columns }, (_, index) => rows.reduce((sum, row) => sum + row.cells[index], 0));
      const table = { total: rows.reduce((sum, row) => sum + row.total, 0), columns: columnTotals, rows };
      expect(recoverableBySubtraction(table, suppressCrossTable(table))).toBe(false);
    }
  });
});
