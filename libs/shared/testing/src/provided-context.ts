declare module 'vitest' {
  export interface ProvidedContext {
    /** The gateway of the shared, read-mostly system started once per test run. */
    gatewayUrl: string;
    /** Subgraph URLs of the shared system, by name. */
    subgraphUrls: Record<string, string>;
    /** Migrated and seeded database that scratch databases are cloned from. */
    templateDatabaseUrl: string;
    /** Key pair of this test run, for signing test tokens. */
    tokenPrivateKeyPem: string;
    tokenPublicKeyPem: string;
    /** The secret the gateway of this run signs subgraph calls with, for tests that call a subgraph as the gateway would. */
    subgraphSecret: string;
  }
}

export {};
