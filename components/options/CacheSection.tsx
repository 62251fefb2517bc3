import { useEffect, useState } from 'preact/hooks';
import { formatBytes, formatInteger } from '../common/format';
import type { Ask } from './types';

/** How much the analysis cache holds, and a way to empty it. */
export function CacheSection({ ask, locale }: { ask: Ask; locale?: string }) {
  const [stats, setStats] = useState<{ reports: number; bytes: number } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = async () => {
    try {
      setStats(await ask({ type: 'cache.stats' }));
    } catch (err) {
      setMessage({ error: true, text: `Could not read the cache size: ${err instanceof Error ? err.message : String(err)}` });
    }
  };
  useEffect(() => {
    void refresh();
  }, []);

  const clear = async () => {
    setBusy(true);
    try {
      await ask({ type: 'cache.clear' });
      setMessage({ error: false, text: 'Cache cleared.' });
      await refresh();
    } catch (err) {
      setMessage({ error: true, text: `Could not clear the cache: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="cache-title">
      <h2 id="cache-title">Cache</h2>
      <p>
        {stats
          ? `${formatInteger(stats.reports, locale)} report${stats.reports === 1 ? '' : 's'}, ${formatBytes(stats.bytes, locale)} stored in this browser.`
          : 'Reading the cache size…'}
      </p>
      <button type="button" onClick={clear} disabled={busy}>
        Clear cache
      </button>
      <p role="status" class={message?.error ? 'wl-error' : 'wl-muted'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
