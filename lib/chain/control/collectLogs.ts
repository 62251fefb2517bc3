import type { Address, Hex, PublicClient } from 'viem';
import { scanLogs, type RawLog } from '../logs/scanLogs';

/**
 * All logs of one contract matching topics in a block range, gathered through the shared
 * adaptive scanner (range shrinking on provider caps, bounded parallelism).
 */
export async function collectLogs(
  client: PublicClient,
  params: { address: Address; topics: (Hex | Hex[] | null)[]; fromBlock: bigint; toBlock: bigint },
): Promise<RawLog[]> {
  const logs: RawLog[] = [];
  try {
    await scanLogs(client, { ...params, onLogs: (batch) => logs.push(...batch) });
  } catch (err) {
    // TEMPORARY until chain-core's scanner lands: one plain eth_getLogs.
    if (!(err instanceof Error && err.message.includes('not implemented'))) throw err;
    const raw = (await client.request({
      method: 'eth_getLogs',
      params: [{ address: params.address, topics: params.topics, fromBlock: `0x${params.fromBlock.toString(16)}`, toBlock: `0x${params.toBlock.toString(16)}` }],
    })) as RawLog[];
    logs.push(...raw);
  }
  return logs.filter((l) => !l.removed);
}
