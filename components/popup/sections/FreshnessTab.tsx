import type { AnalysisProgress } from '../../../lib/messaging/background-protocol';
import type { Report } from '../../../lib/report/types';
import { useDisplay } from '../../common/context';
import { formatAge, formatDateTime, formatInteger } from '../../common/format';
import { sourceLabel } from '../labels';
import { holdersCompleteness } from '../../../lib/report/holdersCompleteness';
import { Fact } from './Fact';

interface Props {
  report: Report;
  stale: boolean;
  fetchedAt?: number;
  progress?: AnalysisProgress | null;
  onRefresh(): void;
}

/** When the facts were read, from where, and a way to read them again. */
export function FreshnessTab({ report, stale, fetchedAt, progress, onRefresh }: Props) {
  const { locale, now } = useDisplay();
  const running = !!progress && progress.phase !== 'done';
  return (
    <div class="wl-freshness">
      <dl class="wl-facts">
        <Fact term="Block">
          {formatInteger(report.block.number, locale)} · {formatDateTime(report.block.timestamp, locale)} (
          {formatAge(report.block.timestamp, now, locale)})
        </Fact>
        <Fact term="Analysed">{formatAge(report.generatedAt / 1000, now, locale)}</Fact>
        {fetchedAt ? <Fact term="Cached">{formatAge(fetchedAt / 1000, now, locale)}</Fact> : null}
      </dl>
      {stale ? <p class="wl-note">These facts are older than their time-to-live; refresh to re-read the chain.</p> : null}
      <button type="button" onClick={onRefresh} disabled={running}>
        {running ? 'Refreshing… (progress above)' : 'Refresh'}
      </button>
      <h3>Sources</h3>
      <table>
        <caption class="wl-visually-hidden">Which source backed each section</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {report.sources.map((s, i) => (
            <tr key={i}>
              <td>{s.section}</td>
              <td>{sourceLabel(s.source)}</td>
              <td class={s.ok ? '' : 'wl-error'}>{s.ok ? 'ok' : `failed: ${s.error ?? 'no answer'}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <HoldersCompleteness report={report} />
      {report.external?.length ? (
        <section aria-label="Reported by others">
          <h3>Reported by GoPlus (not our findings)</h3>
          <ul>
            {report.external.flatMap((o) =>
              Object.entries(o.flags).map(([k, v]) => (
                <li key={`${o.source}-${k}`}>
                  {k}: {v}
                </li>
              )),
            )}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** What the holder figures leave out, in words (not only "complete: false"). */
function HoldersCompleteness({ report }: { report: Report }) {
  const lines = report.holders ? holdersCompleteness(report.holders) : [];
  if (!lines.length) return null;
  return (
    <section aria-label="What the holder figures leave out" class="wl-holders-gaps">
      <h3>Holders: what we could not see</h3>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
