/**
 * How many Transfer logs a full scan would read, from one sample of recent blocks:
 * (logs in the last SAMPLE blocks) × (age / SAMPLE). A sample over the provider's result
 * cap means "very many". Token activity is not uniform over time, so this is an order of
 * magnitude — enough to choose between a log scan and an indexer's list.
 */
import type { Address, PublicClient } from 'viem';
import { classifyLogError } from '../logs/classifyLogError';
import { TRANSFER_TOPIC } from './transferDecoder';

const SAMPLE = 1_000n;

export async function estimateTransfers(client: PublicClient, params: { token: Address; fromBlock: bigint; toBlock: bigint }): Promise<number> {
  const { token, fromBlock, toBlock } = params;
  const age = toBlock - fromBlock + 1n;
  const start = age > SAMPLE ? toBlock - SAMPLE + 1n : fromBlock;
  try {
    const logs = await client.request(
      {
        method: 'eth_getLogs',
        params: [{ address: token, topics: [TRANSFER_TOPIC], fromBlock: `0x${start.toString(16)}`, toBlock: `0x${toBlock.toString(16)}` }],
      },
      { retryCount: 1 },
    );
    const n = Array.isArray(logs) ? logs.length : 0;
    return age > SAMPLE ? Math.round((n * Number(age)) / Number(SAMPLE)) : n;
  } catch (err) {
    const kind = classifyLogError(err).kind;
    if (kind === 'resultCap' || kind === 'tooLarge' || kind === 'timeout') return Number.POSITIVE_INFINITY;
    throw err;
  }
}
