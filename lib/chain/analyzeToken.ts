/**
 * One token, one pinned block, one Report: token facts, holders (logs or an indexer's list,
 * verified on-chain), then control, governance and liquidity side by side — independent reads
 * coalesce through multicall3 and JSON-RPC batching. A section that fails is left out and named
 * in `sources` with its error (unknown is never shown as safe); only a failure to read the token
 * itself fails the whole analysis.
 */
import { BlockNotFoundError, getAddress, type Address, type PublicClient } from 'viem';
import { REPORT_SCHEMA_VERSION, type AddressKind, type LabelCategory, type Report } from '../report/types';
import type { AnalysisPhase, AnalysisProgress } from '../messaging/background-protocol';
import { oneLine } from '../errors';
import type { CheckpointStore } from './checkpoints';
import { BlockUnavailableError, NotAContractError, ScanAbortedError, WrongChainError, mapChainError } from './errors';
import { readTokenFacts } from './token/readTokenFacts';
import { findCreationBlock } from './token/findCreationBlock';
import { classifyAddresses } from './token/classifyAddresses';
import { collectHolders, type HolderData } from './holders/collectHolders';
import { buildHoldersSection, REPORT_TOP } from './holders/buildHoldersSection';
import { readControl } from './control/readControl';
import { readGovernance } from './governance/readGovernance';
import { readLiquidity, type ReadLiquidityParams } from './liquidity/readLiquidity';

export interface IndexerHolders {
  source: 'blockscout' | 'ethplorer';
  holders: { address: Address; balance: bigint }[];
  holderCount: number;
  totalSupply?: bigint;
}

export interface AnalyzeTokenParams {
  address: Address;
  governor?: Address;
  blockNumber?: bigint;
  checkpoints?: CheckpointStore;
  excludeCategories?: LabelCategory[];
  signal?: AbortSignal;
  onProgress?: (p: AnalysisProgress) => void;
  topHolders?: (ctx: { chainId: number; token: Address; blockNumber: bigint }) => Promise<IndexerHolders | null>;
  sourceMode?: 'auto' | 'logs' | 'indexer';
  /** In 'indexer' mode, scan logs when no indexer answers (Blockscout → Ethplorer → logs). */
  fallbackToLogs?: boolean;
  /**
   * Indexers the `topHolders` hook tried and gave up on (the caller's onSourceError fills it):
   * each becomes a failed `holders` entry in `sources`, so a fallback is visible.
   */
  indexerFailures?: readonly { source: 'blockscout' | 'ethplorer'; error: string }[];
  /** DEX registry override (tests pass their local deployments). */
  liquidity?: Pick<ReadLiquidityParams, 'dexes' | 'lockers'>;
}

type Sources = Report['sources'];

export async function analyzeToken(client: PublicClient, params: AnalyzeTokenParams): Promise<Report> {
  const { signal } = params;
  const rpc = (client.transport as { url?: string }).url ?? 'RPC endpoint';
  const progress = (phase: AnalysisPhase, fraction: number, detail?: string) =>
    params.onProgress?.({ phase, fraction: Math.min(1, Math.max(0, fraction)), detail });
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
  const [block, code] = await Promise.all([
    client.getBlock({ blockNumber }),
    client.getCode({ address, blockNumber }),
  ]).catch((err) => {
    if (err instanceof BlockNotFoundError) throw new BlockUnavailableError(blockNumber, { cause: err });
    throw mapChainError(err, { rpc, what: `reading block ${blockNumber}` });
  });
  if (!code || code === '0x') throw new NotAContractError(address, blockNumber);
  const facts = await readTokenFacts(client, { address, blockNumber });
  checkAbort();
  const sources: Sources = [{ section: 'token', source: 'rpc', ok: true }];
  // Name and symbol go out at once, so a waiting person sees which token is being checked.
  params.onProgress?.({ phase: 'token', fraction: 1, token: { name: facts.name, symbol: facts.symbol, decimals: facts.decimals } });

  // A pruned block counts as "has code", so the answer can be too early: fine for a scan's start,
  // but then the contract's age is unknown (an early guess would make a young contract look old).
  const unavailable = new Set<bigint>();
  const creationBlock = await findCreationBlock(client, {
    address,
    toBlock: blockNumber,
    signal,
    onUnavailable: (b) => unavailable.add(b),
  }).catch((err) => {
    if (signal?.aborted) throw new ScanAbortedError('analysis', { cause: err });
    return undefined; // only a hint for the scans below; they fall back to block 0
  });
  const creationExact = creationBlock !== undefined && !unavailable.has(creationBlock);

  progress('holders', 0);
  let holderData: HolderData | undefined;
  try {
    holderData = await collectHolders(client, {
      chainId,
      token: address,
      creationBlock: creationBlock ?? 0n,
      blockNumber,
      checkpoints: params.checkpoints,
      signal,
      onProgress: (f) => progress('holders', f),
      topHolders: params.topHolders,
      sourceMode: params.sourceMode,
      fallbackToLogs: params.fallbackToLogs,
    });
  } catch (err) {
    checkAbort();
    if (err instanceof ScanAbortedError) throw err;
    const indexerOnly = params.sourceMode === 'indexer' && !params.fallbackToLogs;
    sources.push({ section: 'holders', source: indexerOnly ? 'blockscout' : 'logs', ok: false, error: oneLine(mapChainError(err, { rpc, what: 'reading holders' })) });
  }
  for (const f of params.indexerFailures ?? []) sources.push({ section: 'holders', source: f.source, ok: false, error: f.error });
  checkAbort();

  progress('control', 0);
  const outcomes: Record<string, Sources[number]> = {};
  const settle = async <T>(section: 'control' | 'governance' | 'liquidity', run: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await run();
      outcomes[section] = { section, source: 'rpc', ok: true };
      return value;
    } catch (err) {
      checkAbort();
      outcomes[section] = { section, source: 'rpc', ok: false, error: oneLine(mapChainError(err, { rpc, what: `reading ${section}` })) };
      return undefined;
    } finally {
      progress(section, 1);
    }
  };
  const topAddresses = (holderData?.holders ?? []).slice(0, REPORT_TOP).map((h) => h.address);
  const [control, governance, liquidity, kinds, creation] = await Promise.all([
    settle('control', () => readControl(client, { address, blockNumber, fromBlock: creationBlock })),
    params.governor
      ? settle('governance', () =>
          // No fromBlock: the governor's voting token may not be this token, so our creation block could be too late.
          readGovernance(client, { governor: getAddress(params.governor!), blockNumber, checkpoints: params.checkpoints }),
        )
      : Promise.resolve(undefined),
    settle('liquidity', () => readLiquidity(client, { token: address, blockNumber, chainId, ...params.liquidity })),
    classifyAddresses(client, { addresses: topAddresses, blockNumber }).catch(() => []),
    // The contract's age for the risk rules; joins the same JSON-RPC batch as the reads above.
    creationExact ? client.getBlock({ blockNumber: creationBlock! }).catch(() => undefined) : Promise.resolve(undefined),
  ]);
  // Fixed order, whatever finished first.
  for (const section of ['control', 'governance', 'liquidity']) if (outcomes[section]) sources.push(outcomes[section]);
  checkAbort();

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
    const kindMap = new Map<string, AddressKind>(kinds.map((k) => [k.address.toLowerCase(), k.kind]));
    report.holders = buildHoldersSection(holderData, { chainId, kinds: kindMap, known, exclude: params.excludeCategories });
    // After the token line and any indexer that failed before this source answered.
    const at = 1 + (params.indexerFailures?.length ?? 0);
    sources.splice(at, 0, { section: 'holders', source: holderData.source, ok: true, ...(holderData.note ? { error: holderData.note } : {}) });
  }
  if (control) {
    if (creationExact) control.creationBlock = Number(creationBlock);
    if (creation) control.creationTimestamp = Number(creation.timestamp);
    report.control = control;
  }
  if (governance) report.governance = governance;
  if (liquidity) report.liquidity = liquidity;
  progress('done', 1);
  return report;
}
