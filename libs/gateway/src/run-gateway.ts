import { subgraphSecretFromEnvironment, tokenVerifierFromEnvironment } from '@tsunagaru/shared-auth';
import { envFlag, graphqlLimitsFromEnvironment, isProduction } from '@tsunagaru/shared-http';
import { GATEWAY_DEFAULT_PORT, SUBGRAPH_REGISTRY } from '@tsunagaru/shared-topology';
import { createLogger, startTracing } from '@tsunagaru/shared-telemetry';
import { startGateway } from './gateway-server';
import { rateLimitsFromEnvironment } from './rate-limit';
import { createAuthorizationServerProxy } from './oauth/authorization-server-proxy';

/** Entry point of a deployed gateway replica; subgraph addresses come from the environment. */
export async function runGatewayFromEnvironment(supergraphPath: string): Promise<void> {
  // OpenTelemetry traces when OTEL_* variables ask for them (README, "Traces").
  startTracing({ serviceName: 'gateway' });
  const subgraphUrls = Object.fromEntries(
    SUBGRAPH_REGISTRY.flatMap(({ name, urlVariable }) => (process.env[urlVariable] ? [[name, process.env[urlVariable]!]] : [])),
  );
  const running = await startGateway({
    port: Number(process.env.PORT ?? GATEWAY_DEFAULT_PORT),
    host: process.env.HOST ?? '0.0.0.0',
    supergraphPath: process.env.SUPERGRAPH_PATH ?? supergraphPath,
    subgraphUrls,
    tokenPublicKey: await tokenVerifierFromEnvironment(),
    subgraphTimeoutMs: process.env.SUBGRAPH_TIMEOUT_MS ? Number(process.env.SUBGRAPH_TIMEOUT_MS) : undefined,
    limits: graphqlLimitsFromEnvironment(),
    production: isProduction(),
    subgraphSecret: await subgraphSecretFromEnvironment(),
    corsOrigins: process.env.CORS_ORIGINS?.split(',').map((origin) => origin.trim()),
    exposeSqlStatementCount: envFlag(process.env.EXPOSE_SQL_STATEMENT_COUNT, false),
    graphiql: envFlag(process.env.GRAPHIQL, !isProduction()),
    rateLimits: rateLimitsFromEnvironment(),
    // The OAuth endpoints for NPO apps, answered by the directory's authorization server.
    authorizationServer: process.env.OAUTH_SERVER_URL ? async () => createAuthorizationServerProxy(process.env.OAUTH_SERVER_URL!) : undefined,
    responseCache: envFlag(process.env.RESPONSE_CACHE, true) ? { redisUrl: process.env.REDIS_URL || undefined } : false,
  });
  createLogger('gateway').info(`gateway listening on ${running.url}`);
  const shutdown = () => {
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}
