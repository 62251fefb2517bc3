/**
 * Popup scenarios: the shared hand-made Reports (tests/fixtures/reports/build.ts) judged by
 * the real risk engine, wrapped in the TabState the background would answer.
 */
import type { AnalysisProgress, ReportState, TabState } from '../../lib/messaging/background-protocol';
import type { Report } from '../../lib/report/types';
import type { Assessment } from '../../lib/risk/types';
import type { ChainSettings } from '../../lib/settings/types';
import { assess } from '../../lib/risk/index';
import { BLOCK, cautionReport, governanceReport, healthyReport, rugReport, unknownReport, whaleReport } from '../fixtures/reports/build';
import { clusteredReport } from '../fixtures/reports/clusters';

export const CHAINS: ChainSettings[] = [
  { chainId: 1, name: 'Ethereum', rpcUrl: 'http://127.0.0.1:8545', blockscoutUrl: '', explorerUrl: 'https://etherscan.io' },
  { chainId: 31337, name: 'Anvil', rpcUrl: 'http://127.0.0.1:8545', blockscoutUrl: '', explorerUrl: '', custom: true },
];

/** One hour after the fixtures' block. */
export const NOW = (BLOCK.timestamp + 3600) * 1000;

export const HOSTILE = '<img src=x onerror=alert(1)>';

export const REPORTS = {
  healthy: healthyReport,
  whale: whaleReport,
  rug: rugReport,
  governance: governanceReport,
  caution: cautionReport,
  unknown: unknownReport,
} as const;

export type ScenarioName = keyof typeof REPORTS;

export function judged(report: Report): { report: Report; assessment: Assessment } {
  return { report, assessment: assess(report) };
}

export function readyState(report: Report, stale = false): ReportState {
  return { status: 'ready', ...judged(report), stale, fetchedAt: NOW - 60_000 };
}

export function tokenTab(state: ReportState | undefined, report: Report = healthyReport(), protocolName?: string): TabState {
  const token = { chainId: report.chainId, address: report.token.address };
  return { target: { kind: 'token', ...token }, token, state, protocolName };
}

export function scenarioTab(name: ScenarioName): TabState {
  const report = REPORTS[name]();
  return tokenTab(readyState(report), report);
}

export const PROGRESS: AnalysisProgress = { phase: 'holders', fraction: 0.4, detail: 'blocks 1–200,000' };

/** Every popup state, for component tests and the screenshot harness. */
export function allStates(): Record<string, TabState> {
  const partial = judged(healthyReport({ liquidity: undefined, governance: undefined }));
  return {
    healthy: scenarioTab('healthy'),
    whale: scenarioTab('whale'),
    rug: scenarioTab('rug'),
    clusters: (() => {
      const report = clusteredReport();
      return tokenTab(readyState(report), report);
    })(),
    governance: { ...scenarioTab('governance'), protocolName: 'Example DAO' },
    unknown: scenarioTab('unknown'),
    'not-defi': { target: null },
    'unsupported-chain': {
      target: { kind: 'token', chainId: 999, address: healthyReport().token.address },
      state: { status: 'unsupported-chain', chainId: 999 },
    },
    analysing: tokenTab({ status: 'analysing', progress: PROGRESS }),
    'analysing-counts': tokenTab({
      status: 'analysing',
      progress: {
        phase: 'holders',
        fraction: 0.4,
        counts: { done: 80_000, total: 200_000, unit: 'blocks' },
        token: { name: 'Rug Token', symbol: 'RUG', decimals: 18 },
      },
    }),
    partial: tokenTab({ status: 'analysing', progress: { phase: 'governance', fraction: 0.7 }, partial }),
    error: tokenTab({ status: 'error', error: 'RPC unreachable (http://127.0.0.1:8545)', retryable: true }),
    'rpc-unreachable': tokenTab({ status: 'error', error: 'RPC endpoint unreachable: https://rpc.example.org/', retryable: true }),
    'refresh-failed': (() => {
      const t = scenarioTab('rug');
      const st = t.state as Extract<ReportState, { status: 'ready' }>;
      return {
        ...t,
        state: { ...st, stale: true, fetchedAt: NOW - 5 * 3600_000, refreshError: 'RPC endpoint unreachable: https://rpc.example.org/' },
      };
    })(),
    'site-off': { ...scenarioTab('rug'), site: 'app.example.org' },
  };
}
