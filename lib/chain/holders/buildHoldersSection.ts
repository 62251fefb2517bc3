/**
 * The report's holders section from verified balances: raw and circulating concentration,
 * and the top 100 with kind, label and why a holder is left out of circulating supply.
 */
import { getAddress } from 'viem';
import { DEFAULT_EXCLUDED, ratio, splitCirculating, summarize } from '../../analytics';
import { lookupLabel } from '../../labels';
import type { AddressKind, HolderEntry, HoldersSection, LabelCategory } from '../../report/types';
import type { HolderData } from './collectHolders';
import { summarizeWithUnseen } from './summarizeWithUnseen';
import { unexplainedShare } from './unexplainedSupply';

export const REPORT_TOP = 100;

export interface HoldersContext {
  chainId: number;
  /** Lowercase address → kind, for the top holders. */
  kinds: Map<string, AddressKind>;
  /** Lowercase address → category known from this analysis (the token's pools, its DAO timelock). */
  known: Map<string, LabelCategory>;
  exclude?: readonly LabelCategory[];
}

/** Most pieces an unlisted remainder is spread over (indexer lists only). */
const MAX_TAIL_PIECES = 10_000;

export function buildHoldersSection(data: HolderData, ctx: HoldersContext): HoldersSection {
  const categoryOf = (address: string): LabelCategory | undefined =>
    ctx.known.get(address.toLowerCase()) ?? lookupLabel(address, ctx.chainId)?.category;
  const exclude = new Set(ctx.exclude ?? DEFAULT_EXCLUDED);
  const tail = unlistedTail(data);
  // Supply in addresses nobody saw counts in both totals: shares are of the true supply, and (the
  // unseen might be circulating) each circulating share is a lower bound, never an overstatement.
  const unseen = data.unexplained !== undefined && data.unexplained > 0n ? data.unexplained : 0n;
  const raw =
    unseen > 0n
      ? summarizeWithUnseen(
          data.holders.map((h) => h.balance),
          unseen,
        )
      : summarize([...data.holders.map((h) => h.balance), ...tail]);
  const { circulating, excluded } = splitCirculating(data.holders, categoryOf, exclude);
  const circ =
    unseen > 0n
      ? summarizeWithUnseen(
          circulating.map((h) => h.balance),
          unseen,
        )
      : summarize([...circulating.map((h) => h.balance), ...tail]);
  const reasons = new Map(excluded.map((h) => [h.address.toLowerCase(), h.reason]));
  const rawTotal = BigInt(raw.total);

  const top: HolderEntry[] = data.holders.slice(0, REPORT_TOP).map((h) => {
    const key = h.address.toLowerCase();
    const label = lookupLabel(key, ctx.chainId);
    const entry: HolderEntry = {
      address: getAddress(h.address),
      balance: h.balance.toString(),
      share: rawTotal > 0n ? ratio(h.balance, rawTotal) : 0,
      kind: ctx.kinds.get(key) ?? 'unknown',
      verified: h.verified,
    };
    if (label) entry.label = { name: label.name, category: label.category };
    const reason = reasons.get(key);
    if (reason) entry.excludedAs = reason;
    return entry;
  });

  const section: HoldersSection = {
    source: data.source,
    complete: data.complete,
    count: data.count,
    raw,
    circulating: circ,
    top,
    verifiedOnChain: data.holders.slice(0, REPORT_TOP).every((h) => h.verified),
  };
  if (data.mismatches.length) {
    section.mismatches = data.mismatches.map((m) => ({
      address: getAddress(m.address),
      reported: m.reported.toString(),
      onChain: m.onChain.toString(),
    }));
  }
  if (data.unexplained !== undefined) {
    section.unexplained = { amount: data.unexplained.toString(), share: unexplainedShare(data.unexplained, data.totalSupply) };
  }
  if (data.balanceModel) section.balanceModel = data.balanceModel;
  if (data.supplyEvents?.length) section.supplyEvents = data.supplyEvents;
  return section;
}

/**
 * An indexer lists only the largest holders. The rest of the supply is spread evenly over
 * the unlisted holders (at most MAX_TAIL_PIECES pieces, none larger than the smallest listed
 * balance), so top-k shares stay exact and Gini/Nakamoto are approximations, not fiction.
 */
function unlistedTail(data: HolderData): bigint[] {
  if (data.source === 'logs') return [];
  const listedSum = data.holders.reduce((s, h) => s + h.balance, 0n);
  const rest = data.totalSupply - listedSum;
  const unlisted = data.count - data.holders.length;
  if (rest <= 0n || unlisted <= 0) return [];
  const smallest = data.holders.length ? data.holders[data.holders.length - 1]!.balance : rest;
  let pieces = BigInt(Math.min(unlisted, MAX_TAIL_PIECES));
  if (smallest > 0n && rest / pieces > smallest) pieces = (rest + smallest - 1n) / smallest;
  if (pieces > BigInt(MAX_TAIL_PIECES * 10)) pieces = BigInt(MAX_TAIL_PIECES * 10);
  const each = rest / pieces;
  const out = Array.from({ length: Number(pieces) }, () => each);
  out[0]! += rest - each * pieces;
  return out;
}
