import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, importSPKI, type KeyLike } from 'jose';
import { createFileOnce } from './create-file-once';

export const TOKEN_ALGORITHM = 'ES256';

export interface SigningKeys {
  privateKey: KeyLike;
  publicKey: KeyLike;
}

const PRIVATE_FILE = 'jwt-private.pem';
const PUBLIC_FILE = 'jwt-public.pem';

/**
 * The development key pair lives with the local data, created on first start, so demo
 * tokens survive restarts. Deployments give only the public key (JWT_PUBLIC_KEY) to the
 * graph; the private key stays with whoever issues tokens.
 */
export async function loadOrCreateSigningKeys(keyDir: string): Promise<SigningKeys> {
  const privatePath = join(keyDir, PRIVATE_FILE);
  const publicPath = join(keyDir, PUBLIC_FILE);
  if (!existsSync(privatePath)) {
    const pair = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
    // Only the key folder itself is private; its parent also holds the embedded database.
    await mkdir(dirname(keyDir), { recursive: true });
    await mkdir(keyDir, { recursive: true, mode: 0o700 });
    // Two processes may start at once (npm start beside npm run token): whoever places the
    // private key first also places its public half; the other keeps the winner's pair.
    if (await createFileOnce(privatePath, await exportPKCS8(pair.privateKey), 0o600)) {
      await createFileOnce(publicPath, await exportSPKI(pair.publicKey), 0o644);
    }
  }
  for (let waited = 0; !existsSync(publicPath) && waited < 5_000; waited += 50) await sleep(50);
  return {
    privateKey: await importPKCS8(await readFile(privatePath, 'utf8'), TOKEN_ALGORITHM),
    publicKey: await importSPKI(await readFile(publicPath, 'utf8'), TOKEN_ALGORITHM),
  };
}

export async function readPublicKeyPem(keyDir: string): Promise<string> {
  return readFile(join(keyDir, PUBLIC_FILE), 'utf8');
}

export async function importPublicKey(pem: string): Promise<KeyLike> {
  return importSPKI(pem, TOKEN_ALGORITHM);
}
