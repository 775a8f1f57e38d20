import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ValidationFailedError } from '@tsunagaru/shared-kernel';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@Directive('@shareable')
@ObjectType('PageInfo', { description: 'Relay page information.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ForwardPaginationArgs {
  @Field(() => Int, { nullable: true, description: `Page size, ${DEFAULT_PAGE_SIZE} by default, at most ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionResult<T> {
  totalCount: number;
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Builds `XConnection` and `XEdge` types for a node type, Relay style. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, typeName: string) {
  @ObjectType(`${typeName}Edge`, { description: `One ${typeName} in a page, with the cursor to continue after it.` })
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  // Abstract: never published itself; each subclass (GroupConnection, …) states its name.
  // eslint-disable-next-line no-restricted-syntax
  @ObjectType()
  abstract class Connection {
    @Field(() => Int, { description: 'Number of nodes matching the filter, across all pages.' })
    totalCount!: number;

    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Connection;
}

/** Validates `first`; an out-of-range page size is the caller's mistake, not ours to guess. */
export function pageSizeOf(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) {
    throw new ValidationFailedError([
      { field: ['first'], code: 'OUT_OF_RANGE', message: `first must be between 0 and ${MAX_PAGE_SIZE}.` },
    ]);
  }
  return first;
}

/** Cursors are opaque to clients; inside they hold the sort key of the edge. */
export function encodeCursor(key: ReadonlyArray<string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, arity: number): Array<string | number> | null {
  if (!cursor) return null;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity && key.every((part) => typeof part === 'string' || typeof part === 'number')) {
      return key;
    }
  } catch {
    // fall through to the user error below
  }
  throw new ValidationFailedError([{ field: ['after'], code: 'INVALID_CURSOR', message: 'after is not a cursor from this list.' }]);
}

/** Assembles a connection from one page fetched with one extra row to learn hasNextPage. */
export function toConnection<T>(
  rows: T[],
  pageSize: number,
  totalCount: number,
  hadCursor: boolean,
  cursorKey: (row: T) => ReadonlyArray<string | number>,
): ConnectionResult<T> {
  const page = rows.slice(0, pageSize);
  const edges = page.map((node) => ({ cursor: encodeCursor(cursorKey(node)), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > pageSize,
      hasPreviousPage: hadCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
