/**
 * The few parts of oidc-provider (an ES module without bundled types) that the authorization
 * server uses. Loaded with a real `import()`, so CommonJS builds keep working on Node 20.19.
 */
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ProviderClient {
    clientId: string;
    clientSecret?: string;
    scope?: string;
    metadata(): Record<string, unknown>;
  }

  export class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    readonly issuer: string;
    proxy: boolean;
    Client: { prototype: { compareClientSecret(this: ProviderClient, actual: string): boolean | Promise<boolean> } };
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }

  export const errors: {
    InvalidTarget: new (description?: string) => Error;
    InvalidClient: new (description?: string) => Error;
  };

  export default Provider;
}
