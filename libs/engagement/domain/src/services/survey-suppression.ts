/**
 * Small-count suppression (秘匿処理) of a survey's cross-table, so that no group can be singled
 * out. Primary: every figure below SUPPRESSION_THRESHOLD is withheld. Complementary: the
 * published figures satisfy additive relations (a segment's cells and its respondents, an
 * option's segments and its total, the options and the question's respondents, the segments'
 * respondents and the question's), and a relation with exactly one withheld figure would give
 * it away by subtraction, so the smallest shown figure of that relation is withheld too, until
 * every relation hides none or at least two.
 */
export const SUPPRESSION_THRESHOLD = 3;

export interface CrossTableCounts {
  /** Respondents of the question. */
  total: number;
  /** Count per option (column). */
  columns: readonly number[];
  /** Segments (rows), each with its respondents and a count per option. */
  rows: ReadonlyArray<{ total: number; cells: readonly number[] }>;
}

export interface CrossTableSuppression {
  total: boolean;
  columns: boolean[];
  rows: Array<{ total: boolean; cells: boolean[] }>;
}

/** A figure of the table: its value and whether it is withheld (shared by reference). */
interface Figure {
  value: number;
  suppressed: boolean;
}

export function suppressCrossTable(table: CrossTableCounts): CrossTableSuppression {
  const primary = (value: number): Figure => ({ value, suppressed: value < SUPPRESSION_THRESHOLD });
  const total = primary(table.total);
  const columns = table.columns.map(primary);
  const rows = table.rows.map((row) => ({ total: primary(row.total), cells: row.cells.map(primary) }));

  if (total.suppressed) {
    // Too few respondents to show anything.
    for (const figure of [total, ...columns, ...rows.flatMap((row) => [row.total, ...row.cells])]) figure.suppressed = true;
  } else {
    const relations: Array<{ whole: Figure; parts: Figure[] }> = [{ whole: total, parts: columns }];
    if (rows.length > 0) {
      relations.push({ whole: total, parts: rows.map((row) => row.total) });
      for (const row of rows) relations.push({ whole: row.total, parts: row.cells });
      columns.forEach((column, index) => relations.push({ whole: column, parts: rows.map((row) => row.cells[index]) }));
    }
    let changed = true;
    while (changed) {
      changed = false;
      for (const { whole, parts } of relations) {
        const members = [whole, ...parts];
        if (members.filter((figure) => figure.suppressed).length !== 1) continue;
        const shown = parts.filter((figure) => !figure.suppressed).sort((a, b) => a.value - b.value);
        const next = shown[0] ?? (whole.suppressed ? undefined : whole);
        if (next) {
          next.suppressed = true;
          changed = true;
        }
      }
    }
  }
  return {
    total: total.suppressed,
    columns: columns.map((figure) => figure.suppressed),
    rows: rows.map((row) => ({ total: row.total.suppressed, cells: row.cells.map((figure) => figure.suppressed) })),
  };
}

/**
 * Whether any withheld figure can be recovered from the shown ones: true when some relation
 * hides exactly one. For tests and for checking a table the way a reader would.
 */
export function recoverableBySubtraction(table: CrossTableCounts, suppression: CrossTableSuppression): boolean {
  const relations: boolean[][] = [[suppression.total, ...suppression.columns]];
  if (table.rows.length > 0) {
    relations.push([suppression.total, ...suppression.rows.map((row) => row.total)]);
    for (const row of suppression.rows) relations.push([row.total, ...row.cells]);
    suppression.columns.forEach((column, index) => relations.push([column, ...suppression.rows.map((row) => row.cells[index])]));
  }
  return relations.some((members) => members.length > 1 && members.filter(Boolean).length === 1);
}
