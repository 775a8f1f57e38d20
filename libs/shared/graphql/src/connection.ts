import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from '@tsunagaru/shared-persistence';
import { CACHE_PUBLIC } from './cache-control/cache-hints';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@Directive('@shareable')
@Directive(CACHE_PUBLIC)
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

/**
 * `first` and `after` of every connection field. Their values are checked by the list's
 * KeysetOrder (`order.request({ first, after })`): out-of-range `first` and any cursor the
 * list did not produce are BAD_USER_INPUT.
 */
@ArgsType()
export class ForwardPaginationArgs {
  @Field(() => Int, { nullable: true, description: `Page size, ${DEFAULT_PAGE_SIZE} by default, 0 to ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page (endCursor).' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a connection field returns; `totalCount` is resolved from `countTotal` only when selected. */
export interface ConnectionResult<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  countTotal: () => Promise<number>;
}

/** Builds `XConnection` and `XEdge` types for a node type, Relay style. */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, typeName: string) {
  @Directive(CACHE_PUBLIC)
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
    @Field(() => Int, { description: 'Number of nodes matching the filter, across all pages; counted only when selected.' })
    totalCount(): Promise<number> {
      return this.countTotal();
    }

    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    /** Set by toConnection; counting costs a statement, so it runs only for `totalCount`. */
    countTotal!: () => Promise<number>;
  }
  return Connection;
}

/** Assembles a Relay connection from one page of a list. */
export function toConnection<T>(page: Page<T>): ConnectionResult<T> {
  const edges = page.rows.map((node) => ({ cursor: page.cursorOf(node), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    countTotal: () => page.totalCount(),
  };
}
