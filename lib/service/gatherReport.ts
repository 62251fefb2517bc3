/**
 * One token's Report from every source the caller configured — the CLI's `report token` and the
 * extension's analyzer share it. The chain is the truth (analyzeToken); indexers only speed up the
 * holder list (re-verified on-chain) and add what the chain cannot say (verified source, Snapshot).
 * A failing indexer or hub never fails the analysis: it is named in `sources` (and a holder list
 * falls back Blockscout → Ethplorer → logs), so its data shows as unknown, never as safe.
 * Only the token address, the chain id and the Snapshot space id leave for these endpoints.
 */
import type { Address, PublicClient } from 'viem';
import { analyzeToken, type AnalyzeTokenParams } from '../chain/analyzeToken';
import { oneLine } from '../errors';
import type { Report } from '../report/types';
import { contractInfo } from '../sources/contractInfo';
import { goplusTokenSecurity } from '../sources/goplus/tokenSecurity';
import { snapshotSection } from '../sources/snapshotSection';
import { indexerTopHolders, type IndexerTopHoldersConfig } from '../sources/topHolders';
import type { SourceHttp } from '../sources/http/sourceHttp';
import type { ContractInfo } from '../sources/types';
import { mergeContractInfo } from './enrich';

export type SourceChoice = 'auto' | 'logs' | 'blockscout' | 'ethplorer';

export interface GatherParams extends Pick<AnalyzeTokenParams, 'governor' | 'blockNumber' | 'checkpoints' | 'onProgress' | 'onSection' | 'liquidity' | 'logScanMaxTransfers'> {
  address: Address;
  signal?: AbortSignal;
  /** auto: logs for small tokens, indexers for big ones; blockscout/ethplorer: that indexer first, logs if it fails. */
  source: SourceChoice;
  /** Blockscout instance base URL (…/api/v2 is added by the client). */
  blockscoutUrl?: string;
  /** Selects the keyed multi-chain Blockscout API when no instance URL is given. */
  blockscoutKey?: string;
  ethplorerKey?: string;
  /** Ethplorer base URL; undefined = the public API; null = never ask Ethplorer. */
  ethplorerUrl?: string | null;
  snapshotSpace?: string;
  /** Snapshot hub GraphQL endpoint (default: the public hub). */
  snapshotUrl?: string;
  snapshotKey?: string;
  /** GoPlus is off unless the person turned it on: it would see every token address asked about. */
  goplus?: { enabled: boolean; url?: string };
  http?: SourceHttp;
}

type Failure = { source: 'blockscout' | 'ethplorer'; error: string };

function holderPlan(p: GatherParams, failures: Failure[]): Pick<AnalyzeTokenParams, 'topHolders' | 'sourceMode' | 'fallbackToLogs' | 'indexerServes'> {
  if (p.source === 'logs') return { sourceMode: 'logs' };
  const base: Omit<IndexerTopHoldersConfig, 'chainId'> = {
    signal: p.signal,
    http: p.http,
    onSourceError: (source, error) => failures.push({ source, error: oneLine(error) }),
  };
  let config: Omit<IndexerTopHoldersConfig, 'chainId'>;
  if (p.source === 'ethplorer') {
    config = { ...base, ethplorerKey: p.ethplorerKey, ethplorerUrl: p.ethplorerUrl ?? undefined };
  } else {
    // blockscout: Ethplorer only when the caller named it; auto: as configured.
    const explicitEthplorer = p.ethplorerKey !== undefined || (p.ethplorerUrl !== undefined && p.ethplorerUrl !== null);
    const ethplorerUrl = p.source === 'blockscout' && !explicitEthplorer ? null : p.ethplorerUrl;
    config = { ...base, blockscoutUrl: p.blockscoutUrl, blockscoutKey: p.blockscoutKey, ethplorerKey: p.ethplorerKey, ethplorerUrl };
    if (p.source === 'auto' && !p.blockscoutUrl && !p.blockscoutKey && ethplorerUrl === null) return { sourceMode: 'auto' };
  }
  const topHolders: AnalyzeTokenParams['topHolders'] = async (ctx) => {
    if (p.source === 'ethplorer' && ctx.chainId !== 1) {
      failures.push({ source: 'ethplorer', error: `Ethplorer covers Ethereum (chain 1) only, not chain ${ctx.chainId}` });
      return null;
    }
    return indexerTopHolders({ ...config, chainId: ctx.chainId })(ctx);
  };
  // Blockscout (an instance or the keyed multi-chain API) answers for its chain; Ethplorer for Ethereum only.
  const hasBlockscout = Boolean(p.blockscoutUrl || p.blockscoutKey) && p.source !== 'ethplorer';
  const hasEthplorer = p.source === 'ethplorer' || ('ethplorerUrl' in config && config.ethplorerUrl !== null);
  const indexerServes = (chainId: number) => hasBlockscout || (hasEthplorer && chainId === 1);
  return p.source === 'auto' ? { sourceMode: 'auto', topHolders, indexerServes } : { sourceMode: 'indexer', fallbackToLogs: true, topHolders };
}

export async function gatherTokenReport(client: PublicClient, p: GatherParams): Promise<Report> {
  const failures: Failure[] = [];
  const plan = holderPlan(p, failures);
  const settled = <T>(run: () => Promise<T>): Promise<{ value?: T; error?: unknown }> =>
    run().then(
      (value) => ({ value }),
      (error) => ({ error }),
    );
  // Indexer facts and the hub load alongside the chain reads.
  const wantsInfo = p.source !== 'logs' && Boolean(p.blockscoutUrl || p.blockscoutKey);
  const info = wantsInfo
    ? settled<ContractInfo>(async () =>
        contractInfo({ chainId: await client.getChainId(), blockscoutUrl: p.blockscoutUrl, blockscoutKey: p.blockscoutKey, http: p.http, signal: p.signal }, p.address),
      )
    : undefined;
  const snapshot = p.snapshotSpace
    ? settled(() => snapshotSection({ url: p.snapshotUrl, apiKey: p.snapshotKey, http: p.http, signal: p.signal }, p.snapshotSpace!))
    : undefined;
  const goplus = p.goplus?.enabled
    ? settled(async () =>
        goplusTokenSecurity({ enabled: true, url: p.goplus!.url, http: p.http }, { chainId: await client.getChainId(), token: p.address, signal: p.signal }),
      )
    : undefined;
  const report = await analyzeToken(client, {
    address: p.address,
    governor: p.governor,
    blockNumber: p.blockNumber,
    checkpoints: p.checkpoints,
    signal: p.signal,
    onProgress: p.onProgress,
    onSection: p.onSection,
    liquidity: p.liquidity,
    logScanMaxTransfers: p.logScanMaxTransfers,
    ...plan,
    indexerFailures: failures,
  });
  p.signal?.throwIfAborted();
  if (info) {
    const got = await info;
    p.signal?.throwIfAborted();
    mergeContractInfo(report, got.value ?? null, got.error);
  }
  if (snapshot) {
    const got = await snapshot;
    p.signal?.throwIfAborted();
    if (got.value) {
      report.snapshot = got.value;
      report.sources.push({ section: 'snapshot', source: 'snapshot', ok: true });
    } else {
      report.sources.push({ section: 'snapshot', source: 'snapshot', ok: false, error: oneLine(got.error) });
    }
  }
  if (goplus) {
    // Their opinion is kept apart (report.external), never merged into our findings.
    const got = await goplus;
    p.signal?.throwIfAborted();
    if (got.value) report.external = [...(report.external ?? []), got.value];
    report.sources.push(
      got.error === undefined
        ? { section: 'external', source: 'goplus', ok: true }
        : { section: 'external', source: 'goplus', ok: false, error: oneLine(got.error) },
    );
  }
  return report;
}
