import { isScalarType, isSpecifiedScalarType, type GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { DateTimeScalar } from './date-time.scalar';
import { DateScalar } from './date.scalar';
import { SignedYenScalar, YenScalar } from './yen.scalar';

/** Every custom scalar of the graph. Subgraphs use these objects, so each one is defined once. */
export const CITY_SCALARS: readonly GraphQLScalarType[] = [DateScalar, DateTimeScalar, YenScalar, SignedYenScalar];

/**
 * A schema built from SDL (the gateway's, from the supergraph) knows its custom scalars by
 * name only and lets any value through, so a bad Date would travel to a subgraph, be refused
 * there after the query plan had started, and come back as a bare HTTP 400. Giving those
 * scalars our parsers makes the gateway refuse bad literals during validation and bad
 * variables before planning, with the usual codes. Output is left alone: the gateway passes
 * subgraph values through as they were serialised. Returns the names it implemented.
 */
export function implementScalarInputs(schema: GraphQLSchema, scalars: readonly GraphQLScalarType[] = CITY_SCALARS): string[] {
  const implemented: string[] = [];
  for (const scalar of scalars) {
    const type = schema.getType(scalar.name);
    if (!isScalarType(type) || isSpecifiedScalarType(type)) continue;
    type.parseValue = scalar.parseValue;
    type.parseLiteral = scalar.parseLiteral;
    implemented.push(scalar.name);
  }
  return implemented;
}
