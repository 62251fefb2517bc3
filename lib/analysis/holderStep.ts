/**
 * The holders: a log scan or an indexer's list (re-verified on-chain), then the section with
 * what this analysis itself knows to leave out of circulating supply (pools, timelocks, governors).
 */
import type { Address, PublicClient } from 'viem';
import type { AddressKind, LabelCategory, Report } from '../report/types';
import type { ProgressCounts } from '../report/progress';
import { oneLine } from '../errors';
import { ChainError, ScanAbortedError, mapChainError } from '../chain/errors';
import { collectHolders, type CollectHoldersParams, type HolderData } from '../chain/holders/collectHolders';
import { buildHoldersSection } from '../chain/holders/buildHoldersSection';
import type { TransferGraph } from '../analytics/transferGraph';
import type { SourceEntry } from './buildReport';

export interface HolderStepParams extends Pick<
  CollectHoldersParams,
  | 'chainId'
  | 'token'
  | 'blockNumber'
  | 'checkpoints'
  | 'signal'
  | 'topHolders'
  | 'sourceMode'
  | 'fallbackToLogs'
  | 'indexerServes'
  | 'logScanMaxTransfers'
> {
  creation: { block: bigint } | { error: unknown };
  rpc: string;
  onProgress: (fraction: number, counts?: ProgressCounts) => void;
  checkAbort: () => void;
  /** Keeps a log scan's Transfer logs for the clusters and trend sections. */
  graph: TransferGraph;
}

/** The holder list, or the failed `holders` entry that says why there is none. */
export async function collectHolderStep(client: PublicClient, p: HolderStepParams): Promise<{ holderData?: HolderData; failed?: SourceEntry }> {
  const indexerOnly = p.sourceMode === 'indexer' && !p.fallbackToLogs;
  const creationBlock = 'block' in p.creation ? p.creation.block : undefined;
  try {
    // Without a creation block a log scan would start at block 0 (thousands of requests on a
    // rate-limited endpoint): the holders section is then a gap, unless an indexer lists them.
    if (creationBlock === undefined && !indexerOnly) {
      const why = mapChainError('error' in p.creation ? p.creation.error : undefined, { rpc: p.rpc, what: "finding the token's creation block" });
      throw new ChainError(`where the token's history starts is unknown: ${oneLine(why)}`, { cause: why });
    }
    const holderData = await collectHolders(client, {
      chainId: p.chainId,
      token: p.token,
      creationBlock: creationBlock ?? 0n,
      blockNumber: p.blockNumber,
      checkpoints: p.checkpoints,
      signal: p.signal,
      onProgress: p.onProgress,
      topHolders: p.topHolders,
      sourceMode: p.sourceMode,
      fallbackToLogs: p.fallbackToLogs,
      indexerServes: p.indexerServes,
      logScanMaxTransfers: p.logScanMaxTransfers,
      observer: p.graph,
    });
    return { holderData };
  } catch (err) {
    p.checkAbort();
    if (err instanceof ScanAbortedError) throw err;
    return {
      failed: {
        section: 'holders',
        source: indexerOnly ? 'blockscout' : 'logs',
        ok: false,
        error: oneLine(mapChainError(err, { rpc: p.rpc, what: 'reading holders' })),
      },
    };
  }
}

/** What this analysis itself knows to leave out of circulating supply. */
export function knownHolders(
  p: Pick<Report, 'liquidity' | 'governance'>,
  kinds: readonly { address: Address; kind: AddressKind }[],
): Map<string, LabelCategory> {
  const known = new Map<string, LabelCategory>();
  for (const pool of p.liquidity?.pools ?? []) known.set(pool.address.toLowerCase(), 'dex');
  if (p.governance?.timelock) known.set(p.governance.timelock.toLowerCase(), 'treasury');
  if (p.governance?.governor) known.set(p.governance.governor.toLowerCase(), 'treasury');
  // A timelock (by its interface) holds what a DAO or a vesting schedule releases only after a delay.
  for (const k of kinds) if (k.kind === 'timelock' && !known.has(k.address.toLowerCase())) known.set(k.address.toLowerCase(), 'treasury');
  return known;
}

/** The holders section and its `sources` entry (with what is not known about it). */
export function holdersPart(
  holderData: HolderData,
  p: {
    chainId: number;
    kinds: readonly { address: Address; kind: AddressKind }[];
    known: Map<string, LabelCategory>;
    exclude?: LabelCategory[];
    kindsNote?: string;
  },
): { holders: NonNullable<Report['holders']>; source: SourceEntry } {
  const kindMap = new Map<string, AddressKind>(p.kinds.map((k) => [k.address.toLowerCase(), k.kind]));
  const holders = buildHoldersSection(holderData, { chainId: p.chainId, kinds: kindMap, known: p.known, exclude: p.exclude });
  const note = [holderData.note, p.kindsNote].filter(Boolean).join('; ');
  return { holders, source: { section: 'holders', source: holderData.source, ok: true, ...(note ? { error: note } : {}) } };
}
