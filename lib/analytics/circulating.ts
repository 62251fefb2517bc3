import type { LabelCategory } from '../report/types';

export interface HolderBalance {
  address: string;
  balance: bigint;
}

/**
 * Categories whose balances are not in anyone's free hands: burned, pooled, bridged, held
 * for exchange customers, locked/vesting, or in a protocol treasury/timelock. Multisigs and
 * sanctioned addresses stay in by default — a team multisig IS a whale.
 */
export const DEFAULT_EXCLUDED: readonly LabelCategory[] = Object.freeze(['burn', 'dex', 'bridge', 'cex', 'locker', 'treasury']);

/**
 * Raw → circulating: holders whose label category is in `exclude` are left out, each
 * returned with its reason so the UI/CLI can show what was removed and why.
 */
export function splitCirculating<T extends HolderBalance>(
  holders: readonly T[],
  categoryOf: (address: string) => LabelCategory | undefined,
  exclude: ReadonlySet<LabelCategory> = new Set(DEFAULT_EXCLUDED),
): { circulating: T[]; excluded: (T & { reason: LabelCategory })[] } {
  const circulating: T[] = [];
  const excluded: (T & { reason: LabelCategory })[] = [];
  for (const h of holders) {
    const c = categoryOf(h.address);
    if (c !== undefined && exclude.has(c)) excluded.push({ ...h, reason: c });
    else circulating.push(h);
  }
  return { circulating, excluded };
}
