import { StatusLine, useSaveStatus } from './SaveStatus';
import type { SectionProps } from './types';

/** Off by default; the statement says plainly what GoPlus would learn. */
export function GoPlusSection({ settings, update }: SectionProps) {
  const { status, run } = useSaveStatus();
  return (
    <section aria-labelledby="goplus-title">
      <h2 id="goplus-title">GoPlus token security (off by default)</h2>
      <p id="goplus-what">
        When this is on, GoPlus (a third-party service) receives the chain ID and address of every token Whale Lens analyses for you — so it could
        learn which tokens you look at, together with your IP address. It never receives the page you are on. Its flags are shown as “reported by
        GoPlus”, separate from Whale Lens’s own findings.
      </p>
      <label class="wl-check">
        <input
          type="checkbox"
          checked={settings.goplusEnabled}
          aria-describedby="goplus-what"
          onChange={(e) => {
            const on = (e.target as HTMLInputElement).checked;
            void run('GoPlus setting', () => update({ goplusEnabled: on }));
          }}
        />{' '}
        Ask GoPlus about the tokens I analyse
      </label>
      <StatusLine status={status} />
    </section>
  );
}
