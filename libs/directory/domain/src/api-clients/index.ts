export * from './api-client.entity';
export * from './api-client-credentials';
export * from './api-clients.service';
