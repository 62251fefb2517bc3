/**
 * Every holder of an ERC-20 (any, including Uniswap V2 LP tokens) from its Transfer logs over
 * [fromBlock, toBlock]: balances keyed by lowercase address, zero balances and the zero address
 * (the mint/burn counterparty) left out. Resumable through checkpoints.
 */
import type { Address, PublicClient } from 'viem';
import type { CheckpointStore } from '../checkpoints';
import { scanLogs, type RawLog } from '../logs/scanLogs';
import { BalanceBook, TRANSFER_TOPIC, applyTransfers } from './transferDecoder';

export interface ScanHoldersParams {
  token: Address;
  fromBlock: bigint;
  toBlock: bigint;
  checkpoints?: CheckpointStore;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Parallel eth_getLogs requests (default 4). */
  concurrency?: number;
  /** First range size in blocks (see scanLogs). */
  initialSpan?: bigint;
  /** Sees every batch of Transfer logs in block order (clusters, concentration over time); told when a checkpoint was resumed. */
  observer?: TransferLogObserver;
}

export interface TransferLogObserver {
  add(logs: readonly RawLog[]): void;
  markResumed(): void;
  /** Its state for the checkpoint (JSON-safe), so a resumed scan sees every log, not only the newer ones. */
  save?(): unknown;
  /** Takes back what `save` gave (undefined when the checkpoint kept none); marks itself resumed if it cannot. */
  restore?(saved: unknown): void;
}

export interface ScanHoldersResult {
  /** Lowercase address → balance (> 0). */
  balances: Map<Address, bigint>;
  transfers: number;
  /**
   * False when the logs cannot explain the balances (some would be negative): logs are missing,
   * or the token moves balances without Transfer events (rebasing, reflection).
   */
  complete: boolean;
  requests: number;
  /**
   * Every address a Transfer names as sender or receiver (lowercase, zero address left out),
   * whatever its log sum: balances set without events make a log sum of zero or less lie.
   */
  touched: Address[];
}

const ZERO = '0x0000000000000000000000000000000000000000';

interface SavedState {
  /** [address, balance] pairs (see BalanceBook.save). */
  book: [string, string][];
  transfers: number;
  /** The observer's state (see TransferLogObserver.save), when it keeps one. */
  observer?: unknown;
}

export function holdersCheckpointKey(chainId: number, token: Address, fromBlock: bigint): string {
  return `holders:${chainId}:${token.toLowerCase()}:${fromBlock}`;
}

export async function scanHolders(client: PublicClient, params: ScanHoldersParams): Promise<ScanHoldersResult> {
  const { token, fromBlock, toBlock, checkpoints, signal, onProgress } = params;
  let book = new BalanceBook();
  let transfers = 0;
  const chainId = client.chain?.id || (checkpoints ? await client.getChainId() : 0);
  const { requests } = await scanLogs(client, {
    address: token,
    topics: [TRANSFER_TOPIC],
    fromBlock,
    toBlock,
    concurrency: params.concurrency,
    initialSpan: params.initialSpan,
    signal,
    onProgress,
    onLogs: (logs) => {
      transfers += applyTransfers(book, logs);
      params.observer?.add(logs);
    },
    checkpoints,
    checkpointKey: holdersCheckpointKey(chainId, token, fromBlock),
    saveState: (): SavedState => ({
      book: book.save(),
      transfers,
      observer: params.observer?.save?.(),
    }),
    restoreState: (s) => {
      const saved = s as SavedState;
      book = BalanceBook.restore(saved.book);
      transfers = saved.transfers;
      if (params.observer?.restore) params.observer.restore(saved.observer);
      else params.observer?.markResumed();
    },
  });
  const out = new Map<Address, bigint>();
  let complete = true;
  const touched: Address[] = [];
  for (const [address, balance] of book.toMap()) {
    if (address === ZERO) continue;
    touched.push(address);
    if (balance > 0n) out.set(address, balance);
    else if (balance < 0n) complete = false;
  }
  return { balances: out, transfers, complete, requests, touched };
}
