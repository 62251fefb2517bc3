import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryCheckpoints, type CheckpointStore } from '../../../lib/chain/checkpoints';
import { fileCheckpoints } from '../../../lib/cli/fileCheckpoints';

const dir = mkdtempSync(join(tmpdir(), 'wl-checkpoints-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each<[string, () => CheckpointStore]>([
  ['memory', () => memoryCheckpoints()],
  ['file', () => fileCheckpoints(join(dir, 'nested'))],
])('%s checkpoints', (_, make) => {
  it('stores, returns a copy, and deletes', async () => {
    const store = make();
    expect(await store.get('holders:1:0xabc:0')).toBeUndefined();
    const cp = { key: 'holders:1:0xabc:0', nextBlock: 42, toBlock: 100, state: { book: [['0x01', '5']] }, updatedAt: 1 };
    await store.put(cp);
    const got = await store.get(cp.key);
    expect(got).toEqual(cp);
    (got!.state as { book: unknown[] }).book.push('mutated');
    expect(await store.get(cp.key)).toEqual(cp);
    await store.put({ ...cp, nextBlock: 50 });
    expect((await store.get(cp.key))?.nextBlock).toBe(50);
    await store.delete(cp.key);
    expect(await store.get(cp.key)).toBeUndefined();
    await store.delete(cp.key);
  });
});
