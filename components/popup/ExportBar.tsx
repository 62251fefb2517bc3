import { useState } from 'preact/hooks';
import type { Report } from '../../lib/report/types';
import { copyText } from '../common/clipboard';
import { holdersCsv, reportJson } from './export';

/** Copy the Report as JSON and the holder table as CSV. */
export function ExportBar({ report }: { report: Report }) {
  const [status, setStatus] = useState('');
  const copy = async (what: string, text: string) => {
    try {
      await copyText(text);
      setStatus(`${what} copied to the clipboard`);
    } catch (err) {
      setStatus(`Could not copy ${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  return (
    <div class="wl-export">
      <button type="button" onClick={() => copy('Report', reportJson(report))}>
        Copy report (JSON)
      </button>
      <button type="button" onClick={() => copy('Holders', holdersCsv(report))} disabled={!report.holders?.top.length}>
        Copy holders (CSV)
      </button>
      <span role="status" class="wl-muted">
        {status}
      </span>
    </div>
  );
}
