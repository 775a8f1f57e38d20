import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UnauthenticatedError } from '@tsunagaru/shared-kernel';
import { createFileOnce } from './create-file-once';

/**
 * Subgraphs answer only the gateway. The gateway signs each subgraph call with an HMAC
 * (SHA-256) over the moment it signed, a nonce and a digest of the operation it sends, using a
 * secret that only the gateway and the subgraphs hold (SUBGRAPH_SECRET). A subgraph refuses
 * any GraphQL request without a valid, fresh credential; the caller's own bearer token still
 * travels beside it and is verified as before. Health checks need no credential.
 */
export const SUBGRAPH_CREDENTIAL_HEADER = 'x-tsunagaru-gateway-credential';

/** A credential is good for this long after it was signed: one call, never a session. */
export const SUBGRAPH_CREDENTIAL_LIFETIME_SECONDS = 60;

/** How far a subgraph's clock may run behind the gateway's. */
const CLOCK_SKEW_SECONDS = 30;

const VERSION = 'v1';
export const MIN_SUBGRAPH_SECRET_LENGTH = 32;

/** What a credential is bound to: the operation's text, or the hash of a persisted operation. */
export interface SignedOperation {
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } | null;
}

function operationDigest(operation: SignedOperation): string {
  if (typeof operation.query === 'string') return createHash('sha256').update(operation.query).digest('base64url');
  const hash = operation.extensions?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? `persisted:${hash}` : 'none';
}

function mac(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function requireUsableSecret(secret: string): void {
  if (secret.length < MIN_SUBGRAPH_SECRET_LENGTH) {
    throw new Error(`The subgraph secret must have at least ${MIN_SUBGRAPH_SECRET_LENGTH} characters.`);
  }
}

/** The gateway's credential for one subgraph call. */
export function signSubgraphCredential(secret: string, operation: SignedOperation, now: Date = new Date()): string {
  requireUsableSecret(secret);
  const issuedAt = Math.floor(now.getTime() / 1000);
  const nonce = randomBytes(9).toString('base64url');
  const payload = `${VERSION}.${issuedAt}.${nonce}.${operationDigest(operation)}`;
  return `${VERSION}.${issuedAt}.${nonce}.${mac(secret, payload)}`;
}

/**
 * Checks the credential of a request to a subgraph: signed with the secret, for this very
 * operation, and fresh. Anything else is UNAUTHENTICATED, with a message that tells a
 * person what went wrong but gives an attacker nothing to work with.
 */
export function verifySubgraphCredential(
  secret: string,
  header: string | string[] | undefined,
  operation: SignedOperation,
  now: Date = new Date(),
): void {
  const credential = Array.isArray(header) ? header[0] : header;
  if (!credential) throw new UnauthenticatedError('This subgraph answers only the gateway; send your request to the gateway.');
  const [version, issuedAtText, nonce, signature, ...rest] = credential.split('.');
  const issuedAt = Number(issuedAtText);
  if (version !== VERSION || !nonce || !signature || rest.length > 0 || !Number.isSafeInteger(issuedAt)) {
    throw new UnauthenticatedError('The gateway credential is malformed.');
  }
  const expected = Buffer.from(mac(secret, `${VERSION}.${issuedAt}.${nonce}.${operationDigest(operation)}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new UnauthenticatedError('The gateway credential is invalid.');
  }
  const age = Math.floor(now.getTime() / 1000) - issuedAt;
  if (age > SUBGRAPH_CREDENTIAL_LIFETIME_SECONDS || age < -CLOCK_SKEW_SECONDS) {
    throw new UnauthenticatedError('The gateway credential has expired.');
  }
}

/** A new random secret, for a system that starts its subgraphs and gateway together. */
export function generateSubgraphSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The secret of a deployed service: SUBGRAPH_SECRET, or the file named by SUBGRAPH_SECRET_FILE. */
export async function subgraphSecretFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const secret = env.SUBGRAPH_SECRET ?? (env.SUBGRAPH_SECRET_FILE ? (await readFile(env.SUBGRAPH_SECRET_FILE, 'utf8')).trim() : undefined);
  if (!secret) {
    throw new Error(
      'Set SUBGRAPH_SECRET (or SUBGRAPH_SECRET_FILE) to the secret the gateway and the subgraphs share, ' +
        `at least ${MIN_SUBGRAPH_SECRET_LENGTH} characters (e.g. \`openssl rand -base64 32\`); npm start and docker/compose.yaml set it up by themselves.`,
    );
  }
  requireUsableSecret(secret);
  return secret;
}

const SECRET_FILE = 'subgraph-secret';

/** The local secret beside the development key pair, created on first use (mode 0600). */
export async function loadOrCreateSubgraphSecret(keyDir: string): Promise<string> {
  const path = join(keyDir, SECRET_FILE);
  if (!existsSync(path)) {
    await mkdir(dirname(keyDir), { recursive: true });
    await mkdir(keyDir, { recursive: true, mode: 0o700 });
    await createFileOnce(path, `${generateSubgraphSecret()}\n`, 0o600);
  }
  return (await readFile(path, 'utf8')).trim();
}
