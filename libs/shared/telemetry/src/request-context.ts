import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';

/** Request id header: the gateway accepts or creates one, forwards it to subgraphs and returns it. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** What one request has shown so far: its id, the operation it ran, how it ended, the SQL it sent. */
export interface RequestObservation {
  requestId: string;
  operationName?: string;
  /** Set by the Apollo plugin when the answer carries GraphQL errors. */
  graphqlErrors?: boolean;
  sqlStatements: number;
  /** The service's logger bound to this request's id. */
  logger?: Logger;
}

const currentRequest = new AsyncLocalStorage<RequestObservation>();

export function runWithRequestObservation<T>(observation: RequestObservation, fn: () => T): T {
  return currentRequest.run(observation, fn);
}

export function currentRequestObservation(): RequestObservation | undefined {
  return currentRequest.getStore();
}

/** The id of the request being served, if any (the gateway forwards it to subgraphs). */
export function currentRequestId(): string | undefined {
  return currentRequest.getStore()?.requestId;
}

const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/**
 * A caller's (or a load balancer's) `x-request-id` is kept when it is a short token; anything
 * else (missing, too long, odd characters that could forge log lines) gets a fresh UUID.
 */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && ACCEPTED_REQUEST_ID.test(value) ? value : randomUUID();
}
