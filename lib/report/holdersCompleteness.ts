/**
 * What the holders section does not know, in words, for the popup's Sources tab and the CLI:
 * a reader sees why figures are incomplete, not just `complete: false`. Pure text from the Report.
 */
import type { HoldersSection } from './types';

function percent(share: number): string {
  const p = Math.abs(share) * 100;
  return `${p >= 10 ? p.toFixed(0) : p >= 0.1 ? String(Number(p.toFixed(1))) : p.toPrecision(1)}%`;
}

const SOURCE_NAME: Record<string, string> = { blockscout: 'Blockscout', ethplorer: 'Ethplorer', logs: 'Transfer logs' };

export function holdersCompleteness(h: HoldersSection): string[] {
  const out: string[] = [];
  const u = h.unexplained;
  if (u && u.share > 0) {
    out.push(
      `${percent(u.share)} of the supply sits in addresses we could not see (set without any event we can read): ` +
        'holder shares are at least what is shown, and rules that need every holder say "unknown".',
    );
  } else if (u && u.share < 0) {
    out.push(`The balances we read add up to ${percent(u.share)} more than the total supply: the token's own figures disagree.`);
  }
  if (!h.complete && h.source !== 'logs') {
    out.push(`Only the top ${h.top.length} of ${h.count} holders, from ${SOURCE_NAME[h.source] ?? h.source}: the rest of the supply is estimated.`);
  } else if (!h.complete && !u) {
    out.push('Not every balance could be re-read on-chain: the holder list may be incomplete.');
  }
  const m = h.balanceModel;
  if (m?.kind === 'rebasing') {
    out.push(
      `Rebasing token: balances change by themselves (balance = shares × rate; ${m.interface.join(', ')}). Figures are balances at the report's block.`,
    );
  } else if (m?.kind === 'reflection') {
    out.push(
      `Fee-reflection token: every transfer's fee is shared out to holders without a Transfer event (${m.interface.join(', ')}). Figures are balances at the report's block.`,
    );
  } else if (m?.kind === 'drift') {
    out.push(`${m.driftedBalances} balances changed without Transfer events; the on-chain balances are used.`);
  }
  if (h.supplyEvents?.length) {
    out.push(`Supply also changes through ${h.supplyEvents.join('/')} events; the accounts they name were re-read.`);
  }
  return out;
}
