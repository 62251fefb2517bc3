import type { AnalysisProgress } from '../../lib/messaging/background-protocol';
import type { Report } from '../../lib/report/types';
import type { Assessment, Verdict } from '../../lib/risk/types';
import { DismissToken } from './DismissToken';
import { ExportBar } from './ExportBar';
import { FindingsList, GapsList } from './Findings';
import { RefreshFailed } from './states/Notices';
import { formatAge } from '../../lib/wording/format';
import { Header } from './Header';
import { ProgressBar } from './ProgressBar';
import { missingReason } from './sectionStatus';
import { ControlTab } from './sections/ControlTab';
import { FreshnessTab } from './sections/FreshnessTab';
import { GovernanceTab } from './sections/GovernanceTab';
import { HoldersTab } from './sections/HoldersTab';
import { LiquidityTab } from './sections/LiquidityTab';
import { UnknownSection } from './sections/Unknown';
import { Tabs } from './Tabs';
import { stillChecking } from '../../lib/report/stillChecking';

export interface ReportViewProps {
  report: Report;
  assessment: Assessment;
  chainName: string;
  protocolName?: string;
  stale: boolean;
  fetchedAt?: number;
  /** Set while an analysis runs (a refresh, or the partial result of a first one). */
  progress?: AnalysisProgress | null;
  partial?: boolean;
  onRefresh(): void;
  /** The last refresh failed: this report is older (see fetchedAt). */
  refreshError?: string;
  now?: number;
  onDismissToken(dismissed: boolean): Promise<void> | void;
}

/** An older full report while refreshing names no missing section; a first run's partial report does. */
function partialNote(report: Report): string {
  const left = stillChecking(report);
  return left.length
    ? `Still checking: ${left.join(', ')}… The verdict is final when every section is in.`
    : 'Partial data: some sections are still being read.';
}

/** While data is partial a clean verdict is not earned yet: it shows as unknown. */
function shownVerdict(verdict: Verdict, partial: boolean): Verdict {
  return partial && verdict === 'ok' ? 'unknown' : verdict;
}

export function ReportView(props: ReportViewProps) {
  const { report, assessment, partial = false } = props;
  const verdict = shownVerdict(assessment.verdict, partial);
  const reason = verdict !== assessment.verdict ? 'Analysis still running: not verified yet' : assessment.summary || 'No reason given';
  const running = !!props.progress && props.progress.phase !== 'done';
  const tabs = [
    {
      id: 'findings',
      label: 'Findings',
      render: () => (
        <>
          <FindingsList findings={assessment.findings} />
          <GapsList gaps={assessment.gaps} />
          <DismissToken onDismiss={props.onDismissToken} />
        </>
      ),
    },
    {
      id: 'holders',
      label: 'Holders',
      render: () =>
        report.holders ? (
          <HoldersTab holders={report.holders} clusters={report.clusters} trend={report.trend} symbol={report.token.symbol} />
        ) : (
          <UnknownSection what="Holders" reason={missingReason(report, 'holders', assessment, 'whales')} />
        ),
    },
    {
      id: 'governance',
      label: 'Governance',
      render: () => (
        <GovernanceTab
          governance={report.governance}
          snapshot={report.snapshot}
          delegation={report.delegation}
          voteHistory={report.voteHistory}
          missing={missingReason(report, 'governance', assessment, 'governance')}
        />
      ),
    },
    {
      id: 'control',
      label: 'Control',
      render: () =>
        report.control ? (
          <ControlTab control={report.control} />
        ) : (
          <UnknownSection what="Control" reason={missingReason(report, 'control', assessment, 'control')} />
        ),
    },
    {
      id: 'liquidity',
      label: 'Liquidity',
      render: () =>
        report.liquidity ? (
          <LiquidityTab liquidity={report.liquidity} symbol={report.token.symbol} />
        ) : (
          <UnknownSection what="Liquidity" reason={missingReason(report, 'liquidity', assessment, 'liquidity')} />
        ),
    },
    {
      id: 'sources',
      label: 'Sources',
      render: () => (
        <FreshnessTab report={report} stale={props.stale} fetchedAt={props.fetchedAt} progress={props.progress} onRefresh={props.onRefresh} />
      ),
    },
  ];
  return (
    <div class="wl-report">
      {props.refreshError ? (
        <RefreshFailed
          error={props.refreshError}
          age={props.fetchedAt ? formatAge(props.fetchedAt / 1000, props.now ?? Date.now()) : undefined}
          onRetry={props.onRefresh}
        />
      ) : null}
      <Header
        name={report.token.name}
        symbol={report.token.symbol}
        address={report.token.address}
        protocolName={props.protocolName}
        chainName={props.chainName}
        verdict={verdict}
        reason={reason}
        note={partial ? partialNote(report) : props.stale ? 'Cached facts, refreshing may change them.' : undefined}
      />
      {running ? <ProgressBar progress={props.progress!} /> : null}
      <Tabs tabs={tabs} label="Report sections" />
      <ExportBar report={report} />
    </div>
  );
}
