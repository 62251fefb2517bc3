import type { LabelCategory } from '../report/types';

export interface HolderBalance {
  address: string;
  balance: bigint;
}

export const DEFAULT_EXCLUDED: readonly LabelCategory[] = ['burn', 'dex', 'bridge', 'cex', 'locker', 'treasury'];

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
