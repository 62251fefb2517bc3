/** Checkpoints as JSON files in a directory, for the Node CLI (kept apart: node:fs must not reach the extension). */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { CheckpointStore, ScanCheckpoint } from '../chain/checkpoints';

function fileOf(dir: string, key: string): string {
  return join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
}

export function fileCheckpoints(dir: string): CheckpointStore {
  return {
    async get(key) {
      try {
        const cp = JSON.parse(await readFile(fileOf(dir, key), 'utf8')) as ScanCheckpoint;
        return cp.key === key ? cp : undefined;
      } catch {
        return undefined;
      }
    },
    async put(cp) {
      await mkdir(dir, { recursive: true });
      const file = fileOf(dir, cp.key);
      const tmp = `${file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(cp));
      await rename(tmp, file);
    },
    async delete(key) {
      await rm(fileOf(dir, key), { force: true });
    },
  };
}
