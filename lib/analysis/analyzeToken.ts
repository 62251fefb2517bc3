/**
 * One token, one pinned block, one Report from the chain: token facts, holders (logs or an
 * indexer's list, verified on-chain), then control, governance and liquidity side by side —
 * independent reads coalesce through multicall3 and JSON-RPC batching. A section that fails is
 * left out and named in `sources` with its error (unknown is never shown as safe); only a failure
 * to read the token itself fails the whole analysis.
 */
import { getAddress, type Address, type PublicClient } from 'viem';
import type { AddressKind, LabelCategory, Report } from '../report/types';
import type { AnalysisPhase, AnalysisProgress, ProgressCounts } from '../report/progress';
import { oneLine } from '../errors';
import type { CheckpointStore } from '../chain/checkpoints';
import { ScanAbortedError, WrongChainError, mapChainError } from '../chain/errors';
import { classifyAddresses } from '../chain/token/classifyAddresses';
import type { CollectHoldersParams } from '../chain/holders/collectHolders';
import type { IndexerFailure } from '../chain/holders/holderSource';
import { REPORT_TOP } from '../chain/holders/buildHoldersSection';
import { readDelegation } from '../chain/governance/readDelegation';
import type { ReadLiquidityParams } from '../chain/liquidity/readLiquidity';
import { retryUnlessAnswered } from '../chain/reads/readOutcome';
import { readInsights } from '../chain/insights/readInsights';
import { TransferGraph } from '../analytics/transferGraph';
import { buildReport, type ReportParts, type SourceEntry } from './buildReport';
import { startCreationSearch } from './creationSearch';
import { startSideSections } from './sideSections';
import { readTokenAtBlock } from './tokenAtBlock';
import { collectHolderStep, holdersPart, knownHolders } from './holderStep';

export interface AnalyzeTokenParams {
  address: Address;
  governor?: Address;
  blockNumber?: bigint;
  checkpoints?: CheckpointStore;
  excludeCategories?: LabelCategory[];
  signal?: AbortSignal;
  onProgress?: (p: AnalysisProgress) => void;
  /**
   * Each time a section beside the holder scan is done (control, governance, liquidity): the
   * report so far — token, block and the finished sections, holders absent. Never final.
   */
  onSection?: (partial: Report) => void;
  topHolders?: CollectHoldersParams['topHolders'];
  sourceMode?: CollectHoldersParams['sourceMode'];
  /** Which chains the `topHolders` hook can serve (no estimate of the scan's size for the others). */
  indexerServes?: CollectHoldersParams['indexerServes'];
  /** 'auto' uses the indexer's list above this many estimated Transfers (collectHolders' default otherwise). */
  logScanMaxTransfers?: number;
  /** In 'indexer' mode, scan logs when no indexer answers (Blockscout → Ethplorer → logs). */
  fallbackToLogs?: boolean;
  /**
   * Indexers the `topHolders` hook tried and gave up on (the caller's onSourceError fills it):
   * each becomes a failed `holders` entry in `sources`, so a fallback is visible.
   */
  indexerFailures?: readonly IndexerFailure[];
  /** DEX registry override (tests pass their local deployments). */
  liquidity?: Pick<ReadLiquidityParams, 'dexes' | 'lockers'>;
}

/** The chain's Report, built once. */
export async function analyzeToken(client: PublicClient, params: AnalyzeTokenParams): Promise<Report> {
  return buildReport(await readChainParts(client, params));
}

/** Everything the chain says about the token, as the parts of a Report (indexers and hubs add theirs). */
export async function readChainParts(client: PublicClient, params: AnalyzeTokenParams): Promise<ReportParts> {
  const { signal } = params;
  const rpc = (client.transport as { url?: string }).url ?? 'RPC endpoint';
  const progress = (phase: AnalysisPhase, fraction: number, detail?: string, counts?: ProgressCounts) =>
    params.onProgress?.({ phase, fraction: Math.min(1, Math.max(0, fraction)), detail, ...(counts ? { counts } : {}) });
  const checkAbort = () => {
    if (signal?.aborted) throw new ScanAbortedError('analysis', { cause: signal.reason });
  };
  const address = getAddress(params.address);

  progress('token', 0);
  const [chainId, blockNumber] = await Promise.all([client.getChainId(), params.blockNumber ?? client.getBlockNumber({ cacheTime: 0 })]).catch(
    (err) => {
      throw mapChainError(err, { rpc, what: 'connecting to the RPC' });
    },
  );
  if (client.chain?.id && client.chain.id !== chainId) throw new WrongChainError(client.chain.id, chainId);
  // Everything below needs only the pinned block: it starts now, beside the token checks, and
  // stops if those fail (not a contract, not a token).
  const inner = new AbortController();
  const stopInner = () => inner.abort(signal?.reason);
  signal?.addEventListener('abort', stopInner, { once: true });

  const creation = startCreationSearch(client, { address, toBlock: blockNumber, innerSignal: inner.signal, signal });
  // Control, governance and liquidity do not wait for the holder scan: they run beside it.
  const side = startSideSections(client, {
    address,
    chainId,
    blockNumber,
    governor: params.governor,
    checkpoints: params.checkpoints,
    liquidity: params.liquidity,
    fromBlock: creation.fromBlock,
    innerSignal: inner.signal,
    signal,
    rpc,
    progress,
    checkAbort,
    onSection: params.onSection,
  });

  let tokenRead: Awaited<ReturnType<typeof readTokenAtBlock>>;
  try {
    tokenRead = await readTokenAtBlock(client, { address, blockNumber, rpc });
  } catch (err) {
    inner.abort(err);
    throw err;
  } finally {
    signal?.removeEventListener('abort', stopInner);
  }
  const { block, facts } = tokenRead;
  checkAbort();
  // Name and symbol go out at once, so a waiting person sees which token is being checked.
  params.onProgress?.({ phase: 'token', fraction: 1, token: { name: facts.name, symbol: facts.symbol, decimals: facts.decimals } });
  const token: Report['token'] = {
    address,
    name: facts.name,
    symbol: facts.symbol,
    decimals: facts.decimals,
    totalSupply: facts.totalSupply.toString(),
  };
  const pinned: Report['block'] = { number: Number(blockNumber), timestamp: Number(block.timestamp) };
  side.tokenKnown({ chainId, token, block: pinned });

  progress('holders', 0);
  const found = await creation.result;
  const creationBlock = 'block' in found ? found.block : undefined;
  const creationExact = creationBlock !== undefined && !creation.unavailable.has(creationBlock);
  const tokenSources: SourceEntry[] = [{ section: 'token', source: 'rpc', ok: true }];
  if (creationBlock !== undefined && !creationExact) {
    tokenSources.push({
      section: 'token',
      source: 'rpc',
      ok: true,
      error: "this RPC keeps no old state (not an archive node): scans start at the token's first log, and its age is unknown",
    });
  }
  const graph = new TransferGraph();
  const { holderData, failed: holdersFailed } = await collectHolderStep(client, {
    chainId,
    token: address,
    blockNumber,
    checkpoints: params.checkpoints,
    signal,
    topHolders: params.topHolders,
    sourceMode: params.sourceMode,
    fallbackToLogs: params.fallbackToLogs,
    indexerServes: params.indexerServes,
    logScanMaxTransfers: params.logScanMaxTransfers,
    creation: found,
    rpc,
    onProgress: (f, counts) => progress('holders', f, undefined, counts),
    checkAbort,
    graph,
  });
  const indexerFailures: SourceEntry[] = (params.indexerFailures ?? []).map((f) => ({
    section: 'holders',
    source: f.source,
    ok: false,
    error: f.error,
  }));
  checkAbort();

  progress('control', 0);
  const topAddresses = (holderData?.holders ?? []).slice(0, REPORT_TOP).map((h) => h.address);
  const [[control, governance, liquidity], kinds, creationHeader] = await Promise.all([
    side.done,
    classifyAddresses(client, { addresses: topAddresses, blockNumber }).then(
      (k) => ({ kinds: k, error: undefined as unknown }),
      (err: unknown) => ({ kinds: [] as Awaited<ReturnType<typeof classifyAddresses>>, error: err }),
    ),
    // The contract's age for the risk rules.
    creationExact
      ? retryUnlessAnswered(() => client.getBlock({ blockNumber: creationBlock! }), { what: 'reading the creation block', signal }).catch(
          (err: unknown) => {
            checkAbort();
            return { error: err };
          },
        )
      : Promise.resolve(undefined),
  ]);
  const { outcomes } = side;
  // No governor given or found: a votes token still has delegates whose power can be measured.
  const delegation =
    governance || params.governor || outcomes.governance
      ? undefined
      : await readDelegation(client, {
          token: address,
          blockNumber,
          totalSupply: facts.totalSupply,
          fromBlock: creationBlock,
          checkpoints: params.checkpoints,
          signal,
        }).then(
          (d) => {
            if (d) outcomes.delegation = { section: 'delegation', source: 'rpc', ok: true };
            return d;
          },
          (err) => {
            checkAbort();
            outcomes.delegation = {
              section: 'delegation',
              source: 'rpc',
              ok: false,
              error: oneLine(mapChainError(err, { rpc, what: 'reading delegated votes' })),
            };
            return undefined;
          },
        );
  // Fixed order, whatever finished first.
  const sectionSources = (['control', 'governance', 'delegation', 'liquidity'] as const).flatMap((s) => (outcomes[s] ? [outcomes[s]] : []));
  checkAbort();
  const kindsNote = kinds.error
    ? `kinds of the top holders unknown: ${oneLine(mapChainError(kinds.error, { rpc, what: 'reading account code' }))}`
    : undefined;
  const creationTime = creationHeader && 'timestamp' in creationHeader ? creationHeader : undefined;
  const ageSources: SourceEntry[] =
    creationHeader && 'error' in creationHeader
      ? [
          {
            section: 'control',
            source: 'rpc',
            ok: false,
            error: `contract age unknown: ${oneLine(mapChainError(creationHeader.error, { rpc, what: 'reading the creation block' }))}`,
          },
        ]
      : [];

  const holders = holderData
    ? holdersPart(holderData, {
        chainId,
        kinds: kinds.kinds,
        known: knownHolders({ liquidity, governance }, kinds.kinds),
        exclude: params.excludeCategories,
        kindsNote,
      })
    : undefined;
  const dated = control && {
    ...control,
    ...(creationExact ? { creationBlock: Number(creationBlock) } : {}),
    ...(creationTime ? { creationTimestamp: Number(creationTime.timestamp) } : {}),
  };
  const insights = await readInsights(client, {
    graph: holderData?.source === 'logs' ? graph : undefined,
    ctx: holderData && {
      chainId,
      token: address,
      holderData,
      known: new Map([
        ...(liquidity?.pools ?? []).map((p) => [p.address.toLowerCase(), 'dex'] as const),
        ...(governance?.timelock ? [[governance.timelock.toLowerCase(), 'treasury'] as const] : []),
      ]),
      kinds: new Map<string, AddressKind>(kinds.kinds.map((k) => [k.address.toLowerCase(), k.kind])),
      exclude: params.excludeCategories,
      fromBlock: creationBlock ?? 0n,
      block: { number: blockNumber, timestamp: Number(block.timestamp) },
    },
    governance,
    block: { number: blockNumber, timestamp: Number(block.timestamp) },
    signal,
  });
  checkAbort();
  progress('done', 1);
  return {
    chainId,
    token,
    block: pinned,
    holders: holders?.holders,
    control: dated,
    governance,
    delegation,
    liquidity,
    clusters: insights.clusters,
    trend: insights.trend,
    voteHistory: insights.voteHistory,
    // After the token lines and any indexer that failed before the holder source answered.
    sources: [
      tokenSources,
      holdersFailed ? [holdersFailed] : [],
      indexerFailures,
      holders ? [holders.source] : [],
      sectionSources,
      ageSources,
      insights.sources,
    ],
  };
}
