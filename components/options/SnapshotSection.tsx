import { useState } from 'preact/hooks';
import { DEFAULT_SNAPSHOT_URL } from '../../lib/settings/defaults';
import { Field } from './Field';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { SectionProps } from './types';
import { ENDPOINT_EXAMPLES, parseEndpoint } from './validate';

/**
 * The Snapshot hub asked about protocols that vote off-chain. Only the space id of a known
 * protocol goes there; an empty field turns Snapshot off.
 */
export function SnapshotSection({ settings, update }: SectionProps) {
  const [value, setValue] = useState(settings.snapshotUrl ?? DEFAULT_SNAPSHOT_URL);
  const [error, setError] = useState<string | null>(null);
  const { status, run } = useSaveStatus();
  const save = async (e: Event) => {
    e.preventDefault();
    const parsed = parseEndpoint(value, 'Snapshot hub URL', true, ENDPOINT_EXAMPLES.snapshot);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    await run('Snapshot hub', () => update({ snapshotUrl: parsed.value }));
  };
  return (
    <section aria-labelledby="snapshot-title">
      <h2 id="snapshot-title">Snapshot (off-chain votes)</h2>
      <form onSubmit={save} noValidate>
        <Field
          id="snapshot-url"
          type="url"
          label="Snapshot hub URL"
          value={value}
          error={error}
          hint="Asked only for protocols that vote on Snapshot, with the space id alone. Leave empty to turn Snapshot off."
          onValue={setValue}
        />
        <button type="submit">Save Snapshot hub</button>{' '}
        <button type="button" onClick={() => setValue(DEFAULT_SNAPSHOT_URL)}>
          Use the public hub
        </button>
        <StatusLine status={status} />
      </form>
    </section>
  );
}
