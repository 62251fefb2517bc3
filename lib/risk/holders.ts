/** Reading the holder section for rules: circulating shares, owner/creator lookup. Pure. */
import type { Address, HolderEntry, Report } from '../report/types';

/**
 * balance / total as a number 0–1. Doubles keep ~16 significant digits of each amount, far more
 * than any share shown or compared needs (and several times faster than BigInt math on 100 holders).
 */
export function shareOf(balance: string, total: string): number {
  const t = Number(total);
  if (!(t > 0)) return 0;
  return Number(balance) / t;
}

export interface CirculatingHolder {
  entry: HolderEntry;
  /** Share of circulating supply (holders.circulating.total). */
  share: number;
}

/** Top holders in the circulating view (excluded ones left out), largest first. */
export function circulatingTop(report: Report): CirculatingHolder[] {
  const h = report.holders;
  if (!h) return [];
  const total = h.circulating.total;
  return h.top
    .filter((e) => !e.excludedAs)
    .map((entry) => ({ entry, share: shareOf(entry.balance, total) }))
    .sort((a, b) => b.share - a.share);
}

export function sameAddress(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && a.toLowerCase() === b.toLowerCase();
}

export function findHolder(report: Report, address: Address | null | undefined): HolderEntry | undefined {
  return report.holders?.top.find((e) => sameAddress(e.address, address));
}

const BURN_ADDRESSES = new Set([
  '0x0000000000000000000000000000000000000000',
  '0x000000000000000000000000000000000000dead',
  '0xdead000000000000000042069420694206942069',
]);

export function isBurnAddress(address: string | null | undefined): boolean {
  return !!address && BURN_ADDRESSES.has(address.toLowerCase());
}

/** "an EOA", "a Safe", "a timelock", "a contract". */
export function kindPhrase(kind: string): string {
  switch (kind) {
    case 'eoa':
      return 'an EOA';
    case 'safe':
      return 'a Safe';
    case 'timelock':
      return 'a timelock';
    case 'contract':
      return 'a contract';
    case 'role':
      return 'a role';
    case 'renounced':
      return 'nobody (renounced)';
    default:
      return 'an unknown account';
  }
}
