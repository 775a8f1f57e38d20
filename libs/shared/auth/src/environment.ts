import { readFile } from 'node:fs/promises';
import type { KeyLike } from 'jose';
import { importPublicKey } from './signing-keys';

/** The token verification key of a deployed service: JWT_PUBLIC_KEY (PEM) or JWT_PUBLIC_KEY_FILE. */
export async function tokenPublicKeyFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<KeyLike> {
  if (env.JWT_PUBLIC_KEY) return importPublicKey(env.JWT_PUBLIC_KEY.replace(/\\n/g, '\n'));
  if (env.JWT_PUBLIC_KEY_FILE) return importPublicKey(await readFile(env.JWT_PUBLIC_KEY_FILE, 'utf8'));
  throw new Error('Set JWT_PUBLIC_KEY (PEM) or JWT_PUBLIC_KEY_FILE so the service can verify bearer tokens.');
}
