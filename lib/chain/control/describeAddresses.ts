import { getAddress, zeroAddress, type Address, type PublicClient } from 'viem';
import type { OwnerInfo } from '../../report/types';
import { classifyAddresses } from '../token/classifyAddresses';

/**
 * Owner-style descriptions of many addresses in one round (chain-core's classifier: one
 * batch of eth_getCode, one multicall of Safe/timelock probes). The zero address is "renounced".
 */
export async function describeAddresses(
  client: PublicClient,
  params: { addresses: readonly Address[]; blockNumber: bigint },
): Promise<Map<Address, OwnerInfo>> {
  const all = [...new Set(params.addresses.map((a) => getAddress(a)))];
  const out = new Map<Address, OwnerInfo>();
  if (all.includes(zeroAddress)) out.set(zeroAddress, { address: zeroAddress, kind: 'renounced' });
  const live = all.filter((a) => a !== zeroAddress);
  if (live.length === 0) return out;
  const infos = await classifyAddresses(client, { addresses: live, blockNumber: params.blockNumber });
  for (const info of infos) {
    const entry: OwnerInfo = { address: info.address, kind: info.kind };
    if (info.safe) entry.safe = info.safe;
    if (info.timelock) entry.timelock = info.timelock;
    out.set(info.address, entry);
  }
  return out;
}

/** "Safe 2-of-3", "Timelock 2 d", "EOA", … for a person reading the finding. */
export function describeHolder(info: OwnerInfo | undefined): string | undefined {
  if (!info) return undefined;
  switch (info.kind) {
    case 'renounced':
      return 'renounced';
    case 'eoa':
      return 'EOA (one private key)';
    case 'safe':
      return info.safe ? `Safe ${info.safe.threshold}-of-${info.safe.owners.length}` : 'Safe';
    case 'timelock':
      return info.timelock ? `Timelock ${formatDelay(info.timelock.minDelay)}` : 'Timelock';
    case 'contract':
      return 'contract';
    default:
      return undefined;
  }
}

export function formatDelay(seconds: number): string {
  if (seconds >= 86_400) return `${+(seconds / 86_400).toFixed(2)} d`;
  if (seconds >= 3600) return `${+(seconds / 3600).toFixed(2)} h`;
  if (seconds >= 60) return `${+(seconds / 60).toFixed(2)} min`;
  return `${seconds} s`;
}
