import { randomBytes } from 'node:crypto';
import { chmod, link, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a complete file under a temporary name and links it into place, so a reader never
 * sees half a key and two processes racing to create it agree on one. Returns false when
 * another process created the file first (its content stands).
 */
export async function createFileOnce(path: string, content: string, mode: number): Promise<boolean> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content, { mode });
  await chmod(temporary, mode);
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temporary, { force: true });
  }
}
