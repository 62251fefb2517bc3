/**
 * Holder balances at the pinned block, from a full Transfer-log scan or from an indexer's top
 * list, always re-checked on-chain. Which one: `sourceMode`, and in 'auto' an estimate of the
 * scan's size — over LOG_SCAN_MAX_TRANSFERS the indexer's list is used when one is available.
 */
import type { Address, PublicClient } from 'viem';
import type { IndexerHolders } from '../analyzeToken';
import type { CheckpointStore } from '../checkpoints';
import { estimateTransfers } from './estimateTransfers';
import { scanHolders, type TransferLogObserver } from './scanHolders';
import { verifyHolders, type VerifyHoldersResult } from './verifyHolders';

/**
 * Above this many estimated Transfers, 'auto' prefers an indexer. Measured (tests/bench/chain.bench.ts):
 * decoding is not the limit (~0.35M logs/s of CPU incl. JSON.parse); the whole pipeline against a
 * local Anvil reads ~50k logs/s, so 250k logs is ≥ 5 s even with no network. Public RPCs return
 * ≤ 10k logs per eth_getLogs in ~1–3 s (not measurable here: no internet), i.e. ~15–40k logs/s with
 * 4 requests in flight: 250k logs is a 6–16 s scan — the most a person should wait in the browser.
 */
export const LOG_SCAN_MAX_TRANSFERS = 250_000;

/** How many of the largest holders are re-read on-chain (the report shows the top 100). */
export const VERIFY_TOP = 100;

export interface HolderData {
  source: 'logs' | IndexerHolders['source'];
  /** Largest first; balances corrected by the on-chain check. */
  holders: { address: Address; balance: bigint; verified: boolean }[];
  count: number;
  complete: boolean;
  totalSupply: bigint;
  mismatches: VerifyHoldersResult['mismatches'];
  /** Why the data is not complete, for the sources line. */
  note?: string;
  transfers?: number;
}

export interface CollectHoldersParams {
  chainId: number;
  token: Address;
  creationBlock: bigint;
  blockNumber: bigint;
  checkpoints?: CheckpointStore;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  topHolders?: (ctx: { chainId: number; token: Address; blockNumber: bigint }) => Promise<IndexerHolders | null>;
  sourceMode?: 'auto' | 'logs' | 'indexer';
  /** In 'indexer' mode, scan logs when no indexer gave a list (instead of failing the holders section). */
  fallbackToLogs?: boolean;
  /** Sees the Transfer logs of a log scan (not used with an indexer's list). */
  observer?: TransferLogObserver;
}

export async function collectHolders(client: PublicClient, p: CollectHoldersParams): Promise<HolderData> {
  const mode = p.sourceMode ?? 'auto';
  let useIndexer = !!p.topHolders && mode === 'indexer';
  if (p.topHolders && mode === 'auto') {
    const estimate = await estimateTransfers(client, { token: p.token, fromBlock: p.creationBlock, toBlock: p.blockNumber }).catch(
      () => Number.POSITIVE_INFINITY,
    );
    useIndexer = estimate > LOG_SCAN_MAX_TRANSFERS;
  }
  if (useIndexer) {
    const listed = await p.topHolders!({ chainId: p.chainId, token: p.token, blockNumber: p.blockNumber });
    if (listed && listed.holders.length > 0) return fromIndexer(client, p, listed);
    if (mode === 'indexer' && !p.fallbackToLogs) throw new Error('the indexer has no holder list for this token');
  }
  return fromLogs(client, p);
}

async function fromLogs(client: PublicClient, p: CollectHoldersParams): Promise<HolderData> {
  const scan = await scanHolders(client, {
    token: p.token,
    fromBlock: p.creationBlock,
    toBlock: p.blockNumber,
    checkpoints: p.checkpoints,
    signal: p.signal,
    onProgress: p.onProgress,
    observer: p.observer,
  });
  const all = [...scan.balances].map(([address, balance]) => ({ address, balance, verified: false }));
  all.sort((a, b) => (a.balance > b.balance ? -1 : a.balance < b.balance ? 1 : 0));
  const check = await verifyHolders(client, { token: p.token, holders: all.slice(0, VERIFY_TOP), blockNumber: p.blockNumber });
  check.holders.forEach((h, i) => (all[i] = h));
  const kept = all.filter((h) => h.balance > 0n);
  kept.sort((a, b) => (a.balance > b.balance ? -1 : a.balance < b.balance ? 1 : 0));
  const sum = kept.reduce((s, h) => s + h.balance, 0n);
  const notes: string[] = [];
  if (!scan.complete) notes.push('Transfer logs leave some balances negative');
  if (check.mismatches.length) notes.push(`${check.mismatches.length} balances differ from balanceOf`);
  if (sum !== check.totalSupply) notes.push('balances from logs do not add up to totalSupply');
  return {
    source: 'logs',
    holders: kept,
    count: kept.length,
    complete: notes.length === 0,
    totalSupply: check.totalSupply,
    mismatches: check.mismatches,
    note: notes.length ? `${notes.join('; ')} (rebasing token, or the provider left logs out); on-chain values used` : undefined,
    transfers: scan.transfers,
  };
}

async function fromIndexer(client: PublicClient, p: CollectHoldersParams, listed: IndexerHolders): Promise<HolderData> {
  p.onProgress?.(0.5);
  const check = await verifyHolders(client, { token: p.token, holders: listed.holders, blockNumber: p.blockNumber });
  const holders = check.holders.filter((h) => h.balance > 0n);
  holders.sort((a, b) => (a.balance > b.balance ? -1 : a.balance < b.balance ? 1 : 0));
  p.onProgress?.(1);
  return {
    source: listed.source,
    holders,
    count: Math.max(listed.holderCount, holders.length),
    complete: false,
    totalSupply: check.totalSupply,
    mismatches: check.mismatches,
    note: `top ${listed.holders.length} of ${listed.holderCount} holders from ${listed.source}, verified on-chain`,
  };
}
