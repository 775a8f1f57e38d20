import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { OPEN_DATASETS, selectionFor } from './datasets';
import { parseUpdatedSince } from './open-data-handler';

describe('toCsv', () => {
  it('writes what Excel opens as UTF-8: BOM, CRLF, RFC 4180 quoting, lists joined with ;', () => {
    expect(toCsv(['名称', 'メモ'], [['鎌倉, "海"', 'a\nb'], [['X', 'Y'], null]])).toBe('\uFEFF名称,メモ\r\n"鎌倉, ""海""","a\nb"\r\nX;Y,\r\n');
  });

  it('defuses spreadsheet formulas but keeps numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', -12, '+81-467']])).toBe('\uFEFFa,b,c\r\n"\'=HYPERLINK(""x"")",-12,\'+81-467\r\n');
  });
});

describe('selectionFor', () => {
  it('nests column paths into one selection set', () => {
    expect(selectionFor(['id', 'department.name', 'department.id', 'publicContact.email'])).toBe('id department { name id } publicContact { email }');
  });
});

describe('parseUpdatedSince', () => {
  it('takes ISO 8601 date-times with an offset or Z, and dates as midnight in Japan', () => {
    expect(parseUpdatedSince(null)).toBeNull();
    expect(parseUpdatedSince('2026-04-01T00:00:00Z')).toBe(Date.UTC(2026, 3, 1));
    expect(parseUpdatedSince('2026-04-01T09:00:00+09:00')).toBe(Date.UTC(2026, 3, 1));
    expect(parseUpdatedSince('2026-04-01')).toBe(Date.UTC(2026, 2, 31, 15));
    for (const bad of ['2026-04-01T00:00:00', 'yesterday', '1700000000', '2026-02-30x']) expect(() => parseUpdatedSince(bad)).toThrow(/ISO 8601/);
  });
});

describe('OPEN_DATASETS', () => {
  it('have unique ids and column keys, and a change-time column wherever they filter by one', () => {
    expect(new Set(OPEN_DATASETS.map((dataset) => dataset.id)).size).toBe(OPEN_DATASETS.length);
    for (const dataset of OPEN_DATASETS) {
      const keys = dataset.columns.map((column) => column.key);
      expect(new Set(keys).size, dataset.id).toBe(keys.length);
      if (dataset.changedAtKey) expect(keys, dataset.id).toContain(dataset.changedAtKey);
    }
  });
});
