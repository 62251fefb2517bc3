/**
 * One token, one pinned block, one Report: token facts, holders (logs or an indexer's list,
 * verified on-chain), then control, governance and liquidity side by side — independent reads
 * coalesce through multicall3 and JSON-RPC batching. A section that fails is left out and named
 * in `sources` with its error (unknown is never shown as safe); only a failure to read the token
 * itself fails the whole analysis.
 */
import { BlockNotFoundError, getAddress, type Address, type PublicClient } from 'viem';
import { REPORT_SCHEMA_VERSION, type AddressKind, type LabelCategory, type Report } from '../report/types';
import type { AnalysisPhase, AnalysisProgress, ProgressCounts } from '../report/progress';
import { oneLine } from '../errors';
import type { CheckpointStore } from './checkpoints';
import { BlockUnavailableError, ChainError, NotAContractError, ScanAbortedError, WrongChainError, mapChainError } from './errors';
import { readTokenFacts } from './token/readTokenFacts';
import { findCreationBlock } from './token/findCreationBlock';
import { classifyAddresses } from './token/classifyAddresses';
import { collectHolders, type CollectHoldersParams, type HolderData } from './holders/collectHolders';
import type { IndexerFailure } from './holders/holderSource';
import { buildHoldersSection, REPORT_TOP } from './holders/buildHoldersSection';
import { readControl } from './control/readControl';
import { readGovernance } from './governance/readGovernance';
import { discoverGovernance } from './governance/discoverGovernance';
import { readDelegation } from './governance/readDelegation';
import { readLiquidity, type ReadLiquidityParams } from './liquidity/readLiquidity';
import { retryUnlessAnswered } from './reads/readOutcome';
import { TransferGraph } from '../analytics/transferGraph';
import { readInsights } from './insights/readInsights';

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
  indexerServes?: (chainId: number) => boolean;
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

type Sources = Report['sources'];

export async function analyzeToken(client: PublicClient, params: AnalyzeTokenParams): Promise<Report> {
  const { signal } = params;
  const rpc = (client.transport as { url?: string }).url ?? 'RPC endpoint';
  const progress = (phase: AnalysisPhase, fraction: number, detail?: string, counts?: ProgressCounts) =>
    params.onProgress?.({ phase, fraction: Math.min(1, Math.max(0, fraction)), detail, ...(counts ? { counts } : {}) });
  const checkAbort = () => {
    if (signal?.aborted) throw new ScanAbortedError('analysis', { cause: signal.reason });
  };
  const address = getAddress(params.address);

  progress('token', 0);
  const [chainId, blockNumber] = await Promise.all([
    client.getChainId(),
    params.blockNumber ?? client.getBlockNumber({ cacheTime: 0 }),
  ]).catch((err) => {
    throw mapChainError(err, { rpc, what: 'connecting to the RPC' });
  });
  if (client.chain?.id && client.chain.id !== chainId) throw new WrongChainError(client.chain.id, chainId);
  // Everything below needs only the pinned block: it starts now, beside the token checks, and
  // stops if those fail (not a contract, not a token).
  const inner = new AbortController();
  const stopInner = () => inner.abort(signal?.reason);
  signal?.addEventListener('abort', stopInner, { once: true });

  // The creation block bounds every log scan. A pruned node hides it: the first log of the token
  // is then found instead (a complete start for the scans), and the contract's age stays unknown.
  const unavailable = new Set<bigint>();
  const creationSearch = findCreationBlock(client, {
    address,
    toBlock: blockNumber,
    codeAtToBlock: true,
    logsFallback: true,
    signal: inner.signal,
    onUnavailable: (b) => unavailable.add(b),
  }).then(
    (block) => ({ block }),
    (err: unknown) => {
      if (signal?.aborted) throw new ScanAbortedError('analysis', { cause: err });
      return { error: err };
    },
  );
  const creationBlockOrUndefined = creationSearch.then((c) => ('block' in c ? c.block : undefined));
  creationBlockOrUndefined.catch(() => undefined);

  // Control, governance and liquidity do not wait for the holder scan: they run beside it.
  const outcomes: Record<string, Sources[number]> = {};
  const early: Partial<Pick<Report, 'control' | 'governance' | 'liquidity'>> = {};
  let partialBase: Pick<Report, 'chainId' | 'token' | 'block'> | undefined;
  // The findings so far, for a person who should not wait for the holder scan to see an owner key.
  const emitPartial = () => {
    if (!params.onSection || !partialBase || signal?.aborted) return;
    const sources: Sources = [{ section: 'token', source: 'rpc', ok: true }];
    for (const section of ['control', 'governance', 'liquidity']) if (outcomes[section]) sources.push(outcomes[section]);
    if (sources.length === 1) return;
    params.onSection({ schemaVersion: REPORT_SCHEMA_VERSION, ...partialBase, generatedAt: Date.now(), sources, ...structuredClone(early) });
  };
  const settle = async <T>(section: 'control' | 'governance' | 'liquidity', run: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await run();
      outcomes[section] = { section, source: 'rpc', ok: true };
      if (value) (early as Record<string, unknown>)[section] = value;
      return value;
    } catch (err) {
      checkAbort();
      outcomes[section] = { section, source: 'rpc', ok: false, error: oneLine(mapChainError(err, { rpc, what: `reading ${section}` })) };
      return undefined;
    } finally {
      progress(section, 1);
      emitPartial();
    }
  };
  const sideSections = Promise.all([
    settle('control', () => readControl(client, { address, blockNumber, fromBlock: creationBlockOrUndefined, signal: inner.signal })),
    params.governor
      ? settle('governance', () =>
          // No fromBlock: the governor's voting token may not be this token, so our creation block could be too late.
          readGovernance(client, { governor: getAddress(params.governor!), blockNumber, checkpoints: params.checkpoints }),
        )
      : creationBlockOrUndefined
          .then((fromBlock) => discoverGovernance(client, { token: address, blockNumber, fromBlock, checkpoints: params.checkpoints, signal: inner.signal }))
          .then((found) => (found ? settle('governance', found.read) : undefined)),
    settle('liquidity', () =>
      readLiquidity(client, { token: address, blockNumber, chainId, fromBlock: creationBlockOrUndefined, signal: inner.signal, ...params.liquidity }),
    ),
  ] as const);
  // Never an unhandled rejection while the holder scan runs; awaited below.
  sideSections.catch(() => undefined);

  const factsRead = readTokenFacts(client, { address, blockNumber });
  factsRead.catch(() => undefined);
  let block: Awaited<ReturnType<typeof client.getBlock>>;
  let facts: Awaited<ReturnType<typeof readTokenFacts>>;
  try {
    // Settled together: a missing block is the answer even when the eth_getCode beside it failed first.
    const [blkRead, codeRead] = await Promise.allSettled([client.getBlock({ blockNumber }), client.getCode({ address, blockNumber })]);
    for (const r of [blkRead, codeRead]) {
      if (r.status === 'rejected' && r.reason instanceof BlockNotFoundError) throw new BlockUnavailableError(blockNumber, { cause: r.reason });
    }
    for (const r of [blkRead, codeRead]) {
      if (r.status === 'rejected') throw mapChainError(r.reason, { rpc, what: `reading block ${blockNumber}` });
    }
    const blk = (blkRead as PromiseFulfilledResult<Awaited<ReturnType<typeof client.getBlock>>>).value;
    const code = (codeRead as PromiseFulfilledResult<Awaited<ReturnType<typeof client.getCode>>>).value;
    if (!code || code === '0x') throw new NotAContractError(address, blockNumber);
    block = blk;
    facts = await factsRead;
  } catch (err) {
    inner.abort(err);
    throw err;
  } finally {
    signal?.removeEventListener('abort', stopInner);
  }
  checkAbort();
  const sources: Sources = [{ section: 'token', source: 'rpc', ok: true }];
  // Name and symbol go out at once, so a waiting person sees which token is being checked.
  params.onProgress?.({ phase: 'token', fraction: 1, token: { name: facts.name, symbol: facts.symbol, decimals: facts.decimals } });
  partialBase = {
    chainId,
    token: { address, name: facts.name, symbol: facts.symbol, decimals: facts.decimals, totalSupply: facts.totalSupply.toString() },
    block: { number: Number(blockNumber), timestamp: Number(block.timestamp) },
  };
  emitPartial();

  progress('holders', 0);
  const creation = await creationSearch;
  const creationBlock = 'block' in creation ? creation.block : undefined;
  const creationExact = creationBlock !== undefined && !unavailable.has(creationBlock);
  if (creationBlock !== undefined && !creationExact) {
    sources.push({
      section: 'token',
      source: 'rpc',
      ok: true,
      error: 'this RPC keeps no old state (not an archive node): scans start at the token\'s first log, and its age is unknown',
    });
  }
  const indexerOnly = params.sourceMode === 'indexer' && !params.fallbackToLogs;
  let holderData: HolderData | undefined;
  // Keeps the scan's Transfer logs for the clusters and trend sections (log scans only).
  const graph = new TransferGraph();
  try {
    // Without a creation block a log scan would start at block 0 (thousands of requests on a
    // rate-limited endpoint): the holders section is then a gap, unless an indexer lists them.
    if (creationBlock === undefined && !indexerOnly) {
      const why = mapChainError('error' in creation ? creation.error : undefined, { rpc, what: "finding the token's creation block" });
      throw new ChainError(`where the token's history starts is unknown: ${oneLine(why)}`, { cause: why });
    }
    holderData = await collectHolders(client, {
      chainId,
      token: address,
      creationBlock: creationBlock ?? 0n,
      blockNumber,
      checkpoints: params.checkpoints,
      signal,
      onProgress: (f, counts) => progress('holders', f, undefined, counts),
      topHolders: params.topHolders,
      sourceMode: params.sourceMode,
      fallbackToLogs: params.fallbackToLogs,
      indexerServes: params.indexerServes,
      logScanMaxTransfers: params.logScanMaxTransfers,
      observer: graph,
    });
  } catch (err) {
    checkAbort();
    if (err instanceof ScanAbortedError) throw err;
    sources.push({ section: 'holders', source: indexerOnly ? 'blockscout' : 'logs', ok: false, error: oneLine(mapChainError(err, { rpc, what: 'reading holders' })) });
  }
  for (const f of params.indexerFailures ?? []) sources.push({ section: 'holders', source: f.source, ok: false, error: f.error });
  checkAbort();

  progress('control', 0);
  const topAddresses = (holderData?.holders ?? []).slice(0, REPORT_TOP).map((h) => h.address);
  const [[control, governance, liquidity], kinds, creationHeader] = await Promise.all([
    sideSections,
    classifyAddresses(client, { addresses: topAddresses, blockNumber }).then(
      (k) => ({ kinds: k, error: undefined as unknown }),
      (err: unknown) => ({ kinds: [] as Awaited<ReturnType<typeof classifyAddresses>>, error: err }),
    ),
    // The contract's age for the risk rules.
    creationExact
      ? retryUnlessAnswered(() => client.getBlock({ blockNumber: creationBlock! }), { what: 'reading the creation block', signal }).catch((err: unknown) => {
          checkAbort();
          return { error: err };
        })
      : Promise.resolve(undefined),
  ]);
  // No governor given or found: a votes token still has delegates whose power can be measured.
  const delegation =
    governance || params.governor || outcomes.governance
      ? undefined
      : await readDelegation(client, { token: address, blockNumber, totalSupply: facts.totalSupply, fromBlock: creationBlock, checkpoints: params.checkpoints, signal }).then(
          (d) => {
            if (d) outcomes.delegation = { section: 'delegation', source: 'rpc', ok: true };
            return d;
          },
          (err) => {
            checkAbort();
            outcomes.delegation = { section: 'delegation', source: 'rpc', ok: false, error: oneLine(mapChainError(err, { rpc, what: 'reading delegated votes' })) };
            return undefined;
          },
        );
  // Fixed order, whatever finished first.
  for (const section of ['control', 'governance', 'delegation', 'liquidity']) if (outcomes[section]) sources.push(outcomes[section]);
  checkAbort();
  const kindsNote = kinds.error ? `kinds of the top holders unknown: ${oneLine(mapChainError(kinds.error, { rpc, what: 'reading account code' }))}` : undefined;
  const creationTime = creationHeader && 'timestamp' in creationHeader ? creationHeader : undefined;
  if (creationHeader && 'error' in creationHeader) {
    sources.push({ section: 'control', source: 'rpc', ok: false, error: `contract age unknown: ${oneLine(mapChainError(creationHeader.error, { rpc, what: 'reading the creation block' }))}` });
  }

  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    chainId,
    token: {
      address,
      name: facts.name,
      symbol: facts.symbol,
      decimals: facts.decimals,
      totalSupply: facts.totalSupply.toString(),
    },
    block: { number: Number(blockNumber), timestamp: Number(block.timestamp) },
    generatedAt: Date.now(),
    sources,
  };
  if (holderData) {
    // What this analysis itself knows to leave out of circulating supply.
    const known = new Map<string, LabelCategory>();
    for (const p of liquidity?.pools ?? []) known.set(p.address.toLowerCase(), 'dex');
    if (governance?.timelock) known.set(governance.timelock.toLowerCase(), 'treasury');
    if (governance?.governor) known.set(governance.governor.toLowerCase(), 'treasury');
    // A timelock (by its interface) holds what a DAO or a vesting schedule releases only after a delay.
    for (const k of kinds.kinds) if (k.kind === 'timelock' && !known.has(k.address.toLowerCase())) known.set(k.address.toLowerCase(), 'treasury');
    const kindMap = new Map<string, AddressKind>(kinds.kinds.map((k) => [k.address.toLowerCase(), k.kind]));
    report.holders = buildHoldersSection(holderData, { chainId, kinds: kindMap, known, exclude: params.excludeCategories });
    // After the token line and any indexer that failed before this source answered.
    const at = 1 + (params.indexerFailures?.length ?? 0);
    const note = [holderData.note, kindsNote].filter(Boolean).join('; ');
    sources.splice(at, 0, { section: 'holders', source: holderData.source, ok: true, ...(note ? { error: note } : {}) });
  }
  if (control) {
    if (creationExact) control.creationBlock = Number(creationBlock);
    if (creationTime) control.creationTimestamp = Number(creationTime.timestamp);
    report.control = control;
  }
  if (governance) report.governance = governance;
  if (delegation) report.delegation = delegation;
  if (liquidity) report.liquidity = liquidity;
  const insights = await readInsights(client, {
    graph: holderData?.source === 'logs' ? graph : undefined,
    ctx: holderData && {
      chainId,
      token: address,
      holderData,
      known: new Map([...(liquidity?.pools ?? []).map((p) => [p.address.toLowerCase(), 'dex'] as const), ...(governance?.timelock ? [[governance.timelock.toLowerCase(), 'treasury'] as const] : [])]),
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
  Object.assign(report, { clusters: insights.clusters, trend: insights.trend, voteHistory: insights.voteHistory });
  for (const key of ['clusters', 'trend', 'voteHistory'] as const) if (report[key] === undefined) delete report[key];
  sources.push(...insights.sources);
  progress('done', 1);
  return report;
}
