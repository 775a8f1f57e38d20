import type { CellValue } from '../csv';

/**
 * Runs a GraphQL operation through the gateway's public schema as an anonymous caller, so an
 * export can only ever hold what anyone may read there (the visibility rules hold by construction).
 */
export type AnonymousExecutor = (query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown> | null; errors?: ReadonlyArray<{ message: string }> }>;

export interface OpenDataColumn {
  /** Key in JSON, also the column's field path in the public schema (`department.name`). */
  key: string;
  /** CSV header: the Digital Agency's recommended dataset column name where one fits, else Japanese. */
  label: string;
  /** Where the value is read, relative to the record's GraphQL object; defaults to `key`. */
  path?: string;
}

export type OpenDataRecord = Record<string, CellValue>;

export interface OpenDataset {
  id: string;
  title: string;
  description: string;
  /** The public-schema root list it comes from, for people who would rather query the graph. */
  source: string;
  /** Digital Agency 推奨データセット whose columns the CSV follows, when one fits. */
  recommendedFormat?: string;
  columns: OpenDataColumn[];
  /** The column that says when a record last changed; none when the records carry no such time. */
  changedAtKey?: string;
  load(execute: AnonymousExecutor): Promise<OpenDataRecord[]>;
}

/** 全国地方公共団体コード and name of Kamakura City, the first columns of the recommended formats. */
export const LOCAL_GOVERNMENT_CODE = '142042';
export const LOCAL_GOVERNMENT_NAME = '神奈川県鎌倉市';
const PAGE_SIZE = 100;

export function pathOf(column: OpenDataColumn): string {
  return column.path ?? column.key;
}

/** The selection set that fetches every column's path: `id department { name }`. */
export function selectionFor(paths: readonly string[]): string {
  interface Tree { [field: string]: Tree }
  const tree: Tree = {};
  for (const path of paths) {
    let node = tree;
    for (const part of path.split('.')) node = node[part] ??= {};
  }
  const render = (node: Tree): string =>
    Object.entries(node)
      .map(([field, children]) => (Object.keys(children).length ? `${field} { ${render(children)} }` : field))
      .join(' ');
  return render(tree);
}

export function valueAt(object: unknown, path: string): CellValue {
  let current: unknown = object;
  for (const part of path.split('.')) {
    if (current === null || current === undefined || typeof current !== 'object') return null;
    current = (current as Record<string, unknown>)[part];
  }
  return (current ?? null) as CellValue;
}

/** The latest of some ISO times (a record's own change and the changes of what it shows from elsewhere). */
export function latestOf(...times: unknown[]): string | null {
  const valid = times.filter((time): time is string => typeof time === 'string' && !Number.isNaN(Date.parse(time)));
  return valid.sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? null;
}

export function recordOf(node: unknown, columns: readonly OpenDataColumn[], fixed: Record<string, CellValue> = {}): OpenDataRecord {
  return Object.fromEntries(columns.map((column) => [column.key, column.key in fixed ? fixed[column.key] : valueAt(node, pathOf(column))]));
}

export async function run(execute: AnonymousExecutor, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = await execute(query, variables);
  if (result.errors?.length || !result.data) throw new Error(`open data query failed: ${result.errors?.map((error) => error.message).join('; ') ?? 'no data'}`);
  return result.data;
}

export interface Page {
  edges: Array<{ node: unknown }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every node of a root connection, page by page (`first` 100, so each page stays under the cost limit). */
export async function allNodes(execute: AnonymousExecutor, field: string, selection: string, filter?: string): Promise<unknown[]> {
  const nodes: unknown[] = [];
  let after: string | null = null;
  const args = `first: $first, after: $after${filter ? `, filter: ${filter}` : ''}`;
  const query = `query OpenData_${field}($first: Int!, $after: String) { ${field}(${args}) { edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`;
  for (;;) {
    const data = await run(execute, query, { first: PAGE_SIZE, after });
    const page = data[field] as Page | null;
    if (!page) break;
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
    after = page.pageInfo.endCursor;
  }
  return nodes;
}

export function connectionDataset(
  base: Omit<OpenDataset, 'load'> & { field: string; filter?: string; fixed?: Record<string, CellValue> },
): OpenDataset {
  const dataColumns = base.columns.filter((column) => !(column.key in (base.fixed ?? {})));
  return {
    ...base,
    load: async (execute) => {
      const nodes = await allNodes(execute, base.field, selectionFor(dataColumns.map(pathOf)), base.filter);
      return nodes.map((node) => recordOf(node, base.columns, base.fixed));
    },
  };
}

export const municipality = { localGovernmentCode: LOCAL_GOVERNMENT_CODE, localGovernmentName: LOCAL_GOVERNMENT_NAME };
export const municipalityColumns: OpenDataColumn[] = [
  { key: 'localGovernmentCode', label: '全国地方公共団体コード' },
  { key: 'localGovernmentName', label: '地方公共団体名' },
];

/**
 * Records nested under a root list (evaluations under agreements, progress reports under
 * measures): parents a page at a time, each parent's first page of children in the same query,
 * and the rest of a parent's children through `<single>(id)` when it has more.
 */
export async function nestedRecords(
  execute: AnonymousExecutor,
  shape: { parents: string; parentPage: number; parentSelection?: string; single: string; children: string; childPage: number; childSelection: string },
  toRecords: (parent: { id: string } & Record<string, unknown>, node: unknown) => OpenDataRecord,
): Promise<OpenDataRecord[]> {
  const childPart = (first: number, after: boolean) =>
    `${shape.children}(first: ${first}${after ? ', after: $after' : ''}) { edges { node { ${shape.childSelection} } } pageInfo { hasNextPage endCursor } }`;
  const records: OpenDataRecord[] = [];
  let after: string | null = null;
  for (;;) {
    const data = await run(
      execute,
      `query OpenData_${shape.parents}_${shape.children}($after: String) { ${shape.parents}(first: ${shape.parentPage}, after: $after) { edges { node { ${shape.parentSelection ?? 'id title'} ${childPart(shape.childPage, false)} } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    const page = data[shape.parents] as Page;
    for (const { node } of page.edges) {
      const parent = node as { id: string } & Record<string, unknown>;
      let children = parent[shape.children] as Page | null;
      while (children) {
        for (const edge of children.edges) records.push(toRecords(parent, edge.node));
        if (!children.pageInfo.hasNextPage) break;
        const more = await run(
          execute,
          `query OpenData_more_${shape.children}($id: ID!, $after: String) { ${shape.single}(id: $id) { ${childPart(100, true)} } }`,
          { id: parent.id, after: children.pageInfo.endCursor },
        );
        children = (more[shape.single] as Record<string, Page | null> | null)?.[shape.children] ?? null;
      }
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return records;
}
