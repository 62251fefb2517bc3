/**
 * Holder balances at the pinned block, from a full Transfer-log scan or from an indexer's top
 * list, always re-checked on-chain. Which one: `sourceMode`, and in 'auto' an estimate of the
 * scan's size — over LOG_SCAN_MAX_TRANSFERS the indexer's list is used when one is available.
 */
import type { Address, PublicClient } from 'viem';
import type { IndexerHolders, TopHoldersHook } from './holderSource';
import type { CheckpointStore } from '../checkpoints';
import { estimateTransfers } from './estimateTransfers';
import { scanHolders, type TransferLogObserver } from './scanHolders';
import { verifyHolders, type VerifyHoldersResult } from './verifyHolders';
import type { BalanceModel } from '../../report/types';
import { readSupplyEventAccounts, SUPPLY_EVENT_NAMES } from './supplyEventAccounts';
import { readInsiderAccounts } from './insiderAccounts';
import { detectBalanceModel } from './balanceModel';
import type { ProgressCounts } from '../../report/progress';
import { describeUnexplained, unexplainedBeyondDust } from './unexplainedSupply';

/**
 * Above this many estimated Transfers, 'auto' prefers an indexer. Measured (tests/bench/chain.bench.ts):
 * decoding is not the limit (~0.35M logs/s of CPU incl. JSON.parse); the whole pipeline against a
 * local Anvil reads ~50k logs/s, so 250k logs is ≥ 5 s even with no network. Public RPCs return
 * ≤ 10k logs per eth_getLogs in ~1–3 s (not measurable here: no internet), i.e. ~15–40k logs/s with
 * 4 requests in flight: 250k logs is a 6–16 s scan — the most a person should wait in the browser.
 */
export const LOG_SCAN_MAX_TRANSFERS = 250_000;

/**
 * The browser's switch when an indexer is configured: 20k Transfers is two or three capped
 * eth_getLogs pages (10k results each, ~10 MB of JSON) — about what the indexer's one list request
 * plus its on-chain re-check costs; past it the log scan only adds round trips, memory and minutes
 * (a 250k-transfer token moves ~128 MB of JSON), while the indexer's list stays one request.
 */
export const BROWSER_LOG_SCAN_MAX_TRANSFERS = 20_000;

/** Most log/chain disagreements kept (a reflection token disagrees at every address). */
const MAX_MISMATCHES = 100;

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
  /** totalSupply − Σ re-read balances, when beyond dust (logs only; an indexer's tail is modelled instead). */
  unexplained?: bigint;
  balanceModel?: BalanceModel;
  /** Supply-changing events other than Transfer seen in the logs. */
  supplyEvents?: string[];
}

export interface CollectHoldersParams {
  chainId: number;
  token: Address;
  creationBlock: bigint;
  blockNumber: bigint;
  checkpoints?: CheckpointStore;
  signal?: AbortSignal;
  /** The fraction, and the blocks scanned or holders verified behind it. */
  onProgress?: (fraction: number, counts?: ProgressCounts) => void;
  topHolders?: TopHoldersHook;
  sourceMode?: 'auto' | 'logs' | 'indexer';
  /** In 'indexer' mode, scan logs when no indexer gave a list (instead of failing the holders section). */
  fallbackToLogs?: boolean;
  /** Does an indexer hold lists for this chain? When not, 'auto' does not estimate the scan's size (it would scan anyway). */
  indexerServes?: (chainId: number) => boolean;
  /** 'auto' switches to the indexer's list above this many estimated Transfers (default LOG_SCAN_MAX_TRANSFERS). */
  logScanMaxTransfers?: number;
  /** Sees the Transfer logs of a log scan (not used with an indexer's list). */
  observer?: TransferLogObserver;
}

export async function collectHolders(client: PublicClient, p: CollectHoldersParams): Promise<HolderData> {
  const mode = p.sourceMode ?? 'auto';
  let useIndexer = !!p.topHolders && mode === 'indexer';
  if (p.topHolders && mode === 'auto' && (p.indexerServes?.(p.chainId) ?? true)) {
    const estimate = await estimateTransfers(client, { token: p.token, fromBlock: p.creationBlock, toBlock: p.blockNumber }).catch(
      () => Number.POSITIVE_INFINITY,
    );
    useIndexer = estimate > (p.logScanMaxTransfers ?? LOG_SCAN_MAX_TRANSFERS);
  }
  if (useIndexer) {
    const listed = await p.topHolders!({ chainId: p.chainId, token: p.token, blockNumber: p.blockNumber });
    if (listed && listed.holders.length > 0) return fromIndexer(client, p, listed);
    if (mode === 'indexer' && !p.fallbackToLogs) throw new Error('the indexer has no holder list for this token');
  }
  return fromLogs(client, p);
}

/**
 * Every address a log names (both sides of each Transfer, supply and role events), plus the owner
 * and the deployer, re-read with balanceOf at the block; whatever totalSupply() holds beyond their
 * sum is reported as unexplained rather than spread over the holders we saw.
 */
async function fromLogs(client: PublicClient, p: CollectHoldersParams): Promise<HolderData> {
  const range = { token: p.token, fromBlock: p.creationBlock, toBlock: p.blockNumber, signal: p.signal };
  const [scan, events, insiders] = await Promise.all([
    scanHolders(client, {
      token: p.token,
      fromBlock: p.creationBlock,
      toBlock: p.blockNumber,
      checkpoints: p.checkpoints,
      signal: p.signal,
      onProgress: (f) => {
        const total = Number(p.blockNumber - p.creationBlock + 1n);
        p.onProgress?.(f, { done: Math.round(f * total), total, unit: 'blocks' });
      },
      observer: p.observer,
    }),
    readSupplyEventAccounts(client, range).catch((err) => {
      if (p.signal?.aborted) throw err;
      return undefined;
    }),
    readInsiderAccounts(client, { token: p.token, blockNumber: p.blockNumber, creationBlock: p.creationBlock > 0n ? p.creationBlock : undefined }),
  ]);
  const logSums = new Map<string, bigint>();
  for (const a of scan.touched) logSums.set(a.toLowerCase(), 0n);
  for (const [a, b] of scan.balances) logSums.set(a.toLowerCase(), b);
  for (const a of [...(events?.accounts ?? []), ...insiders]) if (!logSums.has(a.toLowerCase())) logSums.set(a.toLowerCase(), 0n);
  const candidates = [...logSums].map(([address, balance]) => ({ address: address as Address, balance }));
  const check = await verifyHolders(client, { token: p.token, holders: candidates, blockNumber: p.blockNumber });
  const kept = check.holders.filter((h) => h.balance > 0n);
  kept.sort((a, b) => (a.balance > b.balance ? -1 : a.balance < b.balance ? 1 : 0));
  const sum = kept.reduce((s, h) => s + h.balance, 0n);
  const unverified = check.holders.filter((h) => !h.verified).length;
  const drifted = check.mismatches.filter((m) => m.reported > 0n).length;
  const unexplained = unexplainedBeyondDust(check.totalSupply, sum, kept.length);
  const balanceModel = await detectBalanceModel(client, { token: p.token, blockNumber: p.blockNumber, drifted });
  const supplyEvents = (events?.events ?? []).filter((e) => SUPPLY_EVENT_NAMES.has(e));

  const notes: string[] = [];
  if (unexplained !== undefined) notes.push(describeUnexplained(unexplained, check.totalSupply));
  if (balanceModel) notes.push(describeBalanceModel(balanceModel));
  if (unverified) notes.push(`${unverified} balances could not be re-read on-chain (their Transfer sums are used)`);
  if (!events) notes.push('supply events other than Transfer could not be read');
  return {
    source: 'logs',
    holders: kept,
    count: kept.length,
    complete: unexplained === undefined && unverified === 0,
    totalSupply: check.totalSupply,
    mismatches: largestMismatches(check.mismatches),
    note: notes.length ? notes.join('; ') : undefined,
    transfers: scan.transfers,
    ...(unexplained !== undefined ? { unexplained } : {}),
    ...(balanceModel ? { balanceModel } : {}),
    ...(supplyEvents.length ? { supplyEvents } : {}),
  };
}

function largestMismatches(all: VerifyHoldersResult['mismatches']): VerifyHoldersResult['mismatches'] {
  if (all.length <= MAX_MISMATCHES) return all;
  const gap = (m: (typeof all)[number]) => (m.onChain > m.reported ? m.onChain - m.reported : m.reported - m.onChain);
  return [...all].sort((a, b) => (gap(a) > gap(b) ? -1 : gap(a) < gap(b) ? 1 : 0)).slice(0, MAX_MISMATCHES);
}

function describeBalanceModel(m: BalanceModel): string {
  if (m.kind === 'rebasing') return `rebasing token (balance = shares × rate; ${m.interface.join(', ')}): balances re-read at the block`;
  if (m.kind === 'reflection') return `fee-reflection token (balances grow with fees; ${m.interface.join(', ')}): balances re-read at the block`;
  return `${m.driftedBalances} balances from Transfer logs differ from balanceOf (they change without Transfer events); on-chain values used`;
}

async function fromIndexer(client: PublicClient, p: CollectHoldersParams, listed: IndexerHolders): Promise<HolderData> {
  p.onProgress?.(0.5, { done: 0, total: listed.holders.length, unit: 'holders' });
  const check = await verifyHolders(client, { token: p.token, holders: listed.holders, blockNumber: p.blockNumber });
  const holders = check.holders.filter((h) => h.balance > 0n);
  holders.sort((a, b) => (a.balance > b.balance ? -1 : a.balance < b.balance ? 1 : 0));
  p.onProgress?.(1, { done: listed.holders.length, total: listed.holders.length, unit: 'holders' });
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
