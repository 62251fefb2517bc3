import type { Address, Hex, PublicClient } from 'viem';
import { scanLogs, type RawLog } from '../logs/scanLogs';

/**
 * All logs of one contract matching topics in a block range, gathered through the shared
 * adaptive scanner (range shrinking on provider caps, bounded parallelism), in block order.
 * For small event sets (roles); large ones fold logs as they arrive instead (see delegatePower).
 */
export async function collectLogs(
  client: PublicClient,
  params: { address: Address; topics: (Hex | Hex[] | null)[]; fromBlock: bigint; toBlock: bigint; signal?: AbortSignal },
): Promise<RawLog[]> {
  const logs: RawLog[] = [];
  await scanLogs(client, { ...params, onLogs: (batch) => logs.push(...batch) });
  return logs.filter((l) => !l.removed);
}
