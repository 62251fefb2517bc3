/**
 * 'auto' chooses between a log scan and an indexer's list from an estimate of the scan's size:
 * the estimate (an eth_getLogs sample) is made only when an indexer serves the chain, and the
 * switch point is the caller's (the browser's is lower than the CLI's).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChainClient } from '../../../lib/chain/createClient';
import { collectHolders, BROWSER_LOG_SCAN_MAX_TRANSFERS, LOG_SCAN_MAX_TRANSFERS } from '../../../lib/chain/holders/collectHolders';
import type { IndexerHolders } from '../../../lib/chain/holders/holderSource';
import { startCoreWorld, type CoreWorld } from './world';

describe('holder source in auto mode', () => {
  let w: CoreWorld;
  beforeAll(async () => {
    w = await startCoreWorld({ rounds: 2, perRound: 10 });
  });
  afterAll(async () => {
    await w?.node.stop();
  });

  const run = async (opts: { serves: boolean; max: number }) => {
    const client = createChainClient({ rpcUrl: w.node.rpcUrl });
    const asked: number[] = [];
    const topHolders = async (ctx: { chainId: number }): Promise<IndexerHolders | null> => {
      asked.push(ctx.chainId);
      return null; // no list: the log scan follows either way
    };
    const data = await collectHolders(client, {
      chainId: w.node.chainId,
      token: w.token,
      creationBlock: w.creationBlock,
      blockNumber: w.head,
      topHolders,
      sourceMode: 'auto',
      indexerServes: () => opts.serves,
      logScanMaxTransfers: opts.max,
    });
    return { asked, data };
  };

  it('no indexer for the chain: no estimate, the indexer is never asked, the logs are scanned', async () => {
    const { asked, data } = await run({ serves: false, max: 0 });
    expect(asked).toEqual([]);
    expect(data.source).toBe('logs');
  });

  it('an indexer for the chain: above the switch point its list is asked for', async () => {
    const { asked, data } = await run({ serves: true, max: 0 });
    expect(asked).toEqual([w.node.chainId]);
    expect(data.source).toBe('logs');
  });

  it('the browser switches well below the CLI', () => {
    expect(BROWSER_LOG_SCAN_MAX_TRANSFERS).toBeLessThan(LOG_SCAN_MAX_TRANSFERS / 10);
  });
});
