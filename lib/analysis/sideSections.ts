/**
 * Control, governance and liquidity: read beside the holder scan (they need only the pinned
 * block), each settled on its own — a section that fails is a failed `sources` entry, never a
 * failed analysis. Each time one is done, the findings so far go out as a partial Report, so a
 * person need not wait for the holder scan to see an owner key.
 */
import { getAddress, type Address, type PublicClient } from 'viem';
import { REPORT_SCHEMA_VERSION, type Report } from '../report/types';
import type { AnalysisPhase } from '../report/progress';
import { oneLine } from '../errors';
import type { CheckpointStore } from '../chain/checkpoints';
import { mapChainError } from '../chain/errors';
import { readControl } from '../chain/control/readControl';
import { readGovernance } from '../chain/governance/readGovernance';
import { discoverGovernance } from '../chain/governance/discoverGovernance';
import { readLiquidity, type ReadLiquidityParams } from '../chain/liquidity/readLiquidity';
import type { SourceEntry } from './buildReport';

type SideName = 'control' | 'governance' | 'liquidity';
export type SideOutcomes = Partial<Record<SideName | 'delegation', SourceEntry>>;
type PartialBase = Pick<Report, 'chainId' | 'token' | 'block'>;

export interface SideSectionsParams {
  address: Address;
  chainId: number;
  blockNumber: bigint;
  governor?: Address;
  checkpoints?: CheckpointStore;
  liquidity?: Pick<ReadLiquidityParams, 'dexes' | 'lockers'>;
  /** Where the token's history starts (undefined: unknown); scans wait for it. */
  fromBlock: Promise<bigint | undefined>;
  /** Stops the reads when the token checks fail. */
  innerSignal: AbortSignal;
  /** The caller's signal: once aborted, failures are the abort, not a gap. */
  signal?: AbortSignal;
  rpc: string;
  progress: (phase: AnalysisPhase, fraction: number) => void;
  checkAbort: () => void;
  onSection?: (partial: Report) => void;
}

export interface SideSections {
  /** Settles when all three are done (undefined for a failed or absent section); never rejects but on abort. */
  done: Promise<readonly [Report['control'], Report['governance'], Report['liquidity']]>;
  /** Each section's `sources` entry, once settled (delegation is added by the caller). */
  outcomes: SideOutcomes;
  /** The token is read: partial Reports can now be sent. */
  tokenKnown(base: PartialBase): void;
}

export function startSideSections(client: PublicClient, p: SideSectionsParams): SideSections {
  const outcomes: SideOutcomes = {};
  const early: Partial<Pick<Report, SideName>> = {};
  let partialBase: PartialBase | undefined;
  const emitPartial = () => {
    if (!p.onSection || !partialBase || p.signal?.aborted) return;
    const sources: SourceEntry[] = [{ section: 'token', source: 'rpc', ok: true }];
    for (const section of ['control', 'governance', 'liquidity'] as const) if (outcomes[section]) sources.push(outcomes[section]);
    if (sources.length === 1) return;
    p.onSection({ schemaVersion: REPORT_SCHEMA_VERSION, ...partialBase, generatedAt: Date.now(), sources, ...structuredClone(early) });
  };
  const settle = async <T>(section: SideName, run: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await run();
      outcomes[section] = { section, source: 'rpc', ok: true };
      if (value) (early as Record<string, unknown>)[section] = value;
      return value;
    } catch (err) {
      p.checkAbort();
      outcomes[section] = { section, source: 'rpc', ok: false, error: oneLine(mapChainError(err, { rpc: p.rpc, what: `reading ${section}` })) };
      return undefined;
    } finally {
      p.progress(section, 1);
      emitPartial();
    }
  };
  const { address, blockNumber, chainId, innerSignal } = p;
  const done = Promise.all([
    settle('control', () => readControl(client, { address, blockNumber, fromBlock: p.fromBlock, signal: innerSignal })),
    p.governor
      ? settle('governance', () =>
          // No fromBlock: the governor's voting token may not be this token, so our creation block could be too late.
          readGovernance(client, { governor: getAddress(p.governor!), blockNumber, checkpoints: p.checkpoints }),
        )
      : p.fromBlock
          .then((fromBlock) =>
            discoverGovernance(client, { token: address, blockNumber, fromBlock, checkpoints: p.checkpoints, signal: innerSignal }),
          )
          .then((found) => (found ? settle('governance', found.read) : undefined)),
    settle('liquidity', () =>
      readLiquidity(client, { token: address, blockNumber, chainId, fromBlock: p.fromBlock, signal: innerSignal, ...p.liquidity }),
    ),
  ] as const);
  // Never an unhandled rejection while the holder scan runs; awaited by the caller.
  done.catch(() => undefined);
  return {
    done,
    outcomes,
    tokenKnown(base) {
      partialBase = base;
      emitPartial();
    },
  };
}
