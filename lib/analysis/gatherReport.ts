/**
 * One token's Report from every source the caller configured — the CLI's `report token` and the
 * extension's analyzer share it. The chain is the truth (analyzeToken); all sources are asked at once
 * and the Report is built once from their parts; indexers only speed up the
 * holder list (re-verified on-chain) and add what the chain cannot say (verified source, Snapshot).
 * A failing indexer or hub never fails the analysis: it is named in `sources` (and a holder list
 * falls back Blockscout → Ethplorer → logs), so its data shows as unknown, never as safe.
 * Only the token address, the chain id and the Snapshot space id leave for these endpoints.
 */
import type { PublicClient } from 'viem';
import { oneLine } from '../errors';
import type { Report } from '../report/types';
import type { IndexerFailure } from '../chain/holders/holderSource';
import { contractInfo } from '../sources/contractInfo';
import { goplusTokenSecurity } from '../sources/goplus/tokenSecurity';
import { snapshotSection } from '../sources/snapshotSection';
import type { ContractInfo } from '../sources/types';
import { readChainParts } from './analyzeToken';
import { buildReport } from './buildReport';
import { withContractInfo, verificationSources } from './contractInfo';
import type { GatherParams } from './gatherParams';
import { holderPlan } from './holderPlan';

export type { GatherParams, SourceChoice } from './gatherParams';

type Settled<T> = { value?: T; error?: unknown };

export async function gatherTokenReport(client: PublicClient, p: GatherParams): Promise<Report> {
  const failures: IndexerFailure[] = [];
  const plan = holderPlan(p, failures);
  const settled = <T>(run: () => Promise<T>): Promise<Settled<T>> =>
    run().then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
  const none = Promise.resolve(undefined);
  // Indexer facts, the hub and GoPlus load alongside the chain reads; none of them ever rejects.
  const wantsInfo = p.source !== 'logs' && Boolean(p.blockscoutUrl || p.blockscoutKey);
  const [chain, info, snapshot, goplus] = await Promise.all([
    readChainParts(client, {
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
    }),
    wantsInfo
      ? settled<ContractInfo>(async () =>
          contractInfo(
            { chainId: await client.getChainId(), blockscoutUrl: p.blockscoutUrl, blockscoutKey: p.blockscoutKey, http: p.http, signal: p.signal },
            p.address,
          ),
        )
      : none,
    p.snapshotSpace
      ? settled(() => snapshotSection({ url: p.snapshotUrl, apiKey: p.snapshotKey, http: p.http, signal: p.signal }, p.snapshotSpace!))
      : none,
    p.goplus?.enabled
      ? settled(async () =>
          goplusTokenSecurity(
            { enabled: true, url: p.goplus!.url, http: p.http },
            { chainId: await client.getChainId(), token: p.address, signal: p.signal },
          ),
        )
      : none,
  ]);
  p.signal?.throwIfAborted();
  return buildReport({
    ...chain,
    control: info ? withContractInfo(chain.control, info.value ?? null) : chain.control,
    snapshot: snapshot?.value,
    // Their opinion is kept apart (report.external), never merged into our findings.
    external: goplus?.value ? [...(chain.external ?? []), goplus.value] : chain.external,
    sources: [
      ...chain.sources,
      info ? verificationSources(info.value ?? null, info.error) : [],
      snapshot
        ? [
            snapshot.value
              ? { section: 'snapshot', source: 'snapshot', ok: true }
              : { section: 'snapshot', source: 'snapshot', ok: false, error: oneLine(snapshot.error) },
          ]
        : [],
      goplus
        ? [
            goplus.error === undefined
              ? { section: 'external', source: 'goplus', ok: true }
              : { section: 'external', source: 'goplus', ok: false, error: oneLine(goplus.error) },
          ]
        : [],
    ],
  });
}
