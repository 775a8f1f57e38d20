import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { SUBGRAPHS } from './subgraphs';

export interface CompositionOutcome {
  supergraphSdl: string | null;
  errors: string[];
  hints: string[];
}

/**
 * Composes the supergraph from the subgraphs' own schemas, built in-process: nothing
 * needs to be running, and the gateway later starts from the file this produces.
 */
export async function composeSupergraph(): Promise<CompositionOutcome> {
  const services = [];
  for (const { definition, defaultPort } of SUBGRAPHS) {
    const schema = await definition.buildSchema();
    services.push({
      name: definition.name,
      url: `http://localhost:${defaultPort}/graphql`,
      typeDefs: parse(printSubgraphSchema(schema)),
    });
  }
  const result = composeServices(services);
  return {
    supergraphSdl: result.errors ? null : (result.supergraphSdl ?? null),
    errors: (result.errors ?? []).map((error) => error.message),
    hints: (result.hints ?? []).map((hint) => hint.toString()),
  };
}
