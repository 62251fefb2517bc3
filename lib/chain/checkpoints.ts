/**
 * Where a long scan remembers how far it got, so a stopped scan resumes instead of restarting.
 * Storage is injected: IndexedDB in the extension, memory or files (lib/cli/fileCheckpoints) in Node.
 * `state` must be structured-clone and JSON safe (scanners store bigints as decimal strings).
 */
export interface ScanCheckpoint {
  key: string;
  /** First block not yet scanned. */
  nextBlock: number;
  /** The scan's target block: a checkpoint for another target is not reused. */
  toBlock: number;
  state: unknown;
  updatedAt: number;
}

export interface CheckpointStore {
  get(key: string): Promise<ScanCheckpoint | undefined>;
  put(cp: ScanCheckpoint): Promise<void>;
  delete(key: string): Promise<void>;
}

export function memoryCheckpoints(): CheckpointStore {
  const map = new Map<string, ScanCheckpoint>();
  return {
    async get(key) {
      const cp = map.get(key);
      return cp && structuredClone(cp);
    },
    async put(cp) {
      map.set(cp.key, structuredClone(cp));
    },
    async delete(key) {
      map.delete(key);
    },
  };
}
