import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChainClient } from '../../../lib/chain/createClient';
import { scanHolders } from '../../../lib/chain/holders/scanHolders';
import { memoryCheckpoints } from '../../../lib/chain/checkpoints';
import { fileCheckpoints } from '../../../lib/cli/fileCheckpoints';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findCreationBlock } from '../../../lib/chain/token/findCreationBlock';
import { ScanAbortedError } from '../../../lib/chain/errors';
import { balancesOf, startCoreWorld, type CoreWorld } from './world';

describe('holders from Transfer logs on Anvil', () => {
  let w: CoreWorld;
  let truth: Map<string, bigint>;
  beforeAll(async () => {
    w = await startCoreWorld();
    truth = await balancesOf(w.c, w.token, w.holders, w.head);
  });
  let tmp: string | undefined;
  afterAll(async () => {
    await w?.node.stop();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('matches balanceOf for every holder', async () => {
    const client = createChainClient({ rpcUrl: w.node.rpcUrl });
    const res = await scanHolders(client, { token: w.token, fromBlock: w.creationBlock, toBlock: w.head });
    expect(res.complete).toBe(true);
    expect(res.balances).toEqual(truth);
    expect(res.transfers).toBe(6 * 40 + 1 + 3 + 1 + 1);
  });

  it('gets the same balances with tiny ranges and no parallelism', async () => {
    const client = createChainClient({ rpcUrl: w.node.rpcUrl, batch: false });
    const res = await scanHolders(client, { token: w.token, fromBlock: w.creationBlock, toBlock: w.head, concurrency: 1 });
    expect(res.balances).toEqual(truth);
  });

  it('finds the creation block by searching eth_getCode', async () => {
    const client = createChainClient({ rpcUrl: w.node.rpcUrl });
    expect(await findCreationBlock(client, { address: w.token, toBlock: w.head })).toBe(w.creationBlock);
  });

  it.each([
    ['memory', () => memoryCheckpoints()],
    ['file', () => fileCheckpoints((tmp = mkdtempSync(join(tmpdir(), 'wl-scan-'))))],
  ])('resumes an aborted scan from its checkpoint with identical balances (%s store)', async (_, makeStore) => {
    const client = createChainClient({ rpcUrl: w.node.rpcUrl });
    const checkpoints = makeStore();
    const ctl = new AbortController();
    let progressed = 0;
    const first = scanHolders(client, {
      token: w.token,
      fromBlock: w.creationBlock,
      toBlock: w.head,
      checkpoints,
      signal: ctl.signal,
      initialSpan: 8n,
      concurrency: 2,
      onProgress: (f) => {
        progressed = f;
        if (f > 0.3) ctl.abort();
      },
    });
    await expect(first).rejects.toBeInstanceOf(ScanAbortedError);
    expect(progressed).toBeGreaterThan(0.3);
    expect(progressed).toBeLessThan(1);
    const keys: string[] = [];
    const spy = { ...checkpoints, get: async (k: string) => (keys.push(k), checkpoints.get(k)) };
    const saved = await checkpoints.get(`holders:31337:${w.token.toLowerCase()}:${w.creationBlock}`);
    expect(saved?.nextBlock).toBeGreaterThan(Number(w.creationBlock));
    expect(saved?.nextBlock).toBeLessThanOrEqual(Number(w.head));
    let firstFraction = -1;
    const res = await scanHolders(client, {
      token: w.token,
      fromBlock: w.creationBlock,
      toBlock: w.head,
      checkpoints: spy,
      onProgress: (f) => (firstFraction = firstFraction < 0 ? f : firstFraction),
    });
    expect(res.balances).toEqual(truth);
    expect(firstFraction).toBeGreaterThan(0.3);
    expect(keys.length).toBe(1);
  });
});
