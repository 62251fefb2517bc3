/**
 * Whale dominance: how much of the circulating supply a few wallets hold.
 * Circulating = total minus burned, DEX pools, bridges, exchanges, lockers and treasuries
 * (chain-core marks those with `excludedAs`); shares below are of that circulating total.
 */
import type { Report } from '../../report/types';
import type { Evidence } from '../types';
import { defineRule } from '../rule';
import { addressEv, blockEv, shareEv, countEv, sourceEv } from '../evidence';
import { circulatingTop, findHolder, kindPhrase, sameAddress, shareOf, type CirculatingHolder } from '../holders';
import { pct, plural } from '../format';
import { atLeast, unseenSupplyReason } from './unseenSupply';

function holderSource(report: Report): Evidence[] {
  return [blockEv(report), sourceEv(report, 'holders', report.holders!.source, report.holders!.verifiedOnChain)];
}

function topEvidence(report: Report, holders: CirculatingHolder[], n: number): Evidence[] {
  return holders.slice(0, n).map((h, i) => addressEv(`Holder #${i + 1} (${pct(h.share)})`, h.entry.address, h.entry));
}

export const top1Danger = defineRule<{ share: number; top?: CirculatingHolder; atLeast: string }>({
  id: 'whales.top1',
  category: 'whales',
  requires: ['holders.circulating.top1', 'holders.top'],
  thresholds: ['top1Danger'],
  quietIsUnknown: unseenSupplyReason,
  value: (r) => ({ share: r.holders!.circulating.top1, top: circulatingTop(r)[0], atLeast: atLeast(r) }),
  severityFor: (v, t) =>
    v.share > t.top1Danger ? { severity: 'danger', threshold: { name: 'top1Danger', value: t.top1Danger, comparison: '>' } } : null,
  title: (v, t) => `One holder owns ${v.atLeast}${pct(v.share, t.top1Danger)} of circulating supply`,
  explanation: (v, t) =>
    `A single wallet holds more than ${pct(t.top1Danger)} of the tokens in circulation. ` +
    'It can sell them at once and crash the price, or outvote everyone else in a token vote.',
  evidence: (r, v) => [
    ...(v.top ? [addressEv('Largest holder', v.top.entry.address, v.top.entry)] : []),
    shareEv('Share of circulating supply', v.share),
    ...holderSource(r),
  ],
});

export const top10Caution = defineRule<{ share: number; holders: number; atLeast: string }>({
  id: 'whales.top10',
  category: 'whales',
  requires: ['holders.circulating.top10', 'holders.top'],
  thresholds: ['top10Caution'],
  quietIsUnknown: unseenSupplyReason,
  value: (r) => ({ share: r.holders!.circulating.top10, holders: r.holders!.circulating.holders, atLeast: atLeast(r) }),
  severityFor: (v, t) => {
    // A single holder of everything is already said by whales.top1.
    if (v.holders === 1) return null;
    return v.share > t.top10Caution ? { severity: 'caution', threshold: { name: 'top10Caution', value: t.top10Caution, comparison: '>' } } : null;
  },
  title: (v, t) =>
    v.holders <= 10 && v.share >= 0.9999
      ? `Only ${plural(v.holders, 'wallet')} ${v.holders === 1 ? 'holds' : 'hold'} the whole circulating supply`
      : `Top 10 holders own ${v.atLeast}${pct(v.share, t.top10Caution)} of circulating supply`,
  explanation: (_v, t) =>
    `More than ${pct(t.top10Caution)} of the circulating tokens sit in ten wallets. ` +
    'If a few of them sell or vote together, the market and any token vote follow them.',
  evidence: (r, v) => [
    shareEv('Top 10 share of circulating supply', v.share),
    countEv('Holders', v.holders),
    ...topEvidence(r, circulatingTop(r), 10),
    ...holderSource(r),
  ],
});

export const nakamoto = defineRule<{ n: number; share: number; top1: number }>({
  id: 'whales.nakamoto',
  category: 'whales',
  requires: ['holders.circulating.nakamoto', 'holders.top'],
  thresholds: ['nakamotoCaution', 'top1Danger'],
  // One holder above the danger bar is said (with certainty) by whales.top1.
  quietIsUnknown: (r, t) => (r.holders!.circulating.nakamoto === 1 && r.holders!.circulating.top1 > t.top1Danger ? null : unseenSupplyReason(r)),
  value: (r) => {
    const n = r.holders!.circulating.nakamoto;
    const top = circulatingTop(r);
    const share = top.slice(0, n).reduce((s, h) => s + h.share, 0);
    return { n, share, top1: r.holders!.circulating.top1 };
  },
  severityFor: (v, t) => {
    if (v.n < 1 || v.n > t.nakamotoCaution) return null;
    // One holder above the danger bar is already said by whales.top1.
    if (v.n === 1 && v.top1 > t.top1Danger) return null;
    return { severity: 'caution', threshold: { name: 'nakamotoCaution', value: t.nakamotoCaution, comparison: '<=' } };
  },
  title: (v) =>
    v.n === 1
      ? `One holder owns half of circulating supply`
      : v.share > 0.5
        ? `Top ${v.n} holders own ${pct(v.share, 0.5)} of circulating supply`
        : `Top ${v.n} holders own more than half of circulating supply`,
  explanation: (v) =>
    `${plural(v.n, 'wallet')} together hold a majority of the circulating tokens (Nakamoto coefficient ${v.n}). ` +
    'Acting together they decide any token vote and can move the price.',
  evidence: (r, v) => [
    countEv('Nakamoto coefficient', v.n),
    shareEv(`Top ${v.n} share`, v.share),
    ...topEvidence(r, circulatingTop(r), v.n),
    ...holderSource(r),
  ],
});

export const largeHolders = defineRule<CirculatingHolder[]>({
  id: 'whales.large-holders',
  category: 'whales',
  requires: ['holders.top', 'holders.circulating.total'],
  thresholds: ['holderNote'],
  value: (r, t) => {
    const big = circulatingTop(r).filter((h) => h.share > t.holderNote);
    // One big holder above the danger bar is already said by whales.top1.
    if (big.length === 1 && big[0]!.share > t.top1Danger) return null;
    return big.length ? big : null;
  },
  severityFor: (_v, t) => ({ severity: 'info', threshold: { name: 'holderNote', value: t.holderNote, comparison: '>' } }),
  title: (v, t) =>
    v.length === 1
      ? `One holder owns more than ${pct(t.holderNote)} of circulating supply (${pct(v[0]!.share, t.holderNote)})`
      : `${v.length} holders each own more than ${pct(t.holderNote)} of circulating supply`,
  explanation: () => 'Large holders worth knowing about: each can move the price or a vote noticeably.',
  evidence: (r, v) => [...v.slice(0, 10).map((h) => addressEv(`Holds ${pct(h.share)}`, h.entry.address, h.entry)), ...holderSource(r)],
});

type Insider = { role: 'Owner' | 'Creator'; address: `0x${string}`; kind: string; share: number };

/** Owner or creator holdings, as a share of total supply (a treasury left out of circulating is still theirs). */
export const insiderHoldings = defineRule<Insider>({
  id: 'whales.insider',
  category: 'whales',
  requires: ['holders.top', 'control.owner'],
  thresholds: ['holderNote', 'top1Danger'],
  value: (r) => {
    const candidates: Insider[] = [];
    const owner = r.control!.owner;
    const total = r.token.totalSupply;
    const push = (role: Insider['role'], address: `0x${string}` | null | undefined, kind: string) => {
      const entry = findHolder(r, address);
      // A timelock's or governor's treasury moves only by a passed proposal, after the delay: not an insider who can dump.
      if (
        entry?.kind === 'timelock' ||
        kind === 'timelock' ||
        sameAddress(address, r.governance?.governor) ||
        sameAddress(address, r.governance?.timelock)
      )
        return;
      if (entry && address) candidates.push({ role, address, kind, share: shareOf(entry.balance, total) });
    };
    push('Owner', owner.address, owner.kind);
    if (r.control!.creator && r.control!.creator.toLowerCase() !== owner.address?.toLowerCase()) {
      push('Creator', r.control!.creator, findHolder(r, r.control!.creator)?.kind ?? 'unknown');
    }
    candidates.sort((a, b) => b.share - a.share);
    return candidates[0] ?? null;
  },
  severityFor: (v, t) => {
    if (v.share > t.top1Danger) return { severity: 'danger', threshold: { name: 'top1Danger', value: t.top1Danger, comparison: '>' } };
    if (v.share > t.holderNote) return { severity: 'caution', threshold: { name: 'holderNote', value: t.holderNote, comparison: '>' } };
    return null;
  },
  title: (v, t, level) => `${v.role} (${kindPhrase(v.kind)}) holds ${pct(v.share, level.threshold?.value ?? t.holderNote)} of total supply`,
  explanation: (v) =>
    `The ${v.role.toLowerCase()} of the token contract also holds a large part of the supply. ` +
    'Insiders who control the contract and the tokens can dump on buyers.',
  evidence: (r, v) => [addressEv(v.role, v.address, findHolder(r, v.address)), shareEv('Share of total supply', v.share), ...holderSource(r)],
});

export const whaleRules = [top1Danger, top10Caution, nakamoto, largeHolders, insiderHoldings];
