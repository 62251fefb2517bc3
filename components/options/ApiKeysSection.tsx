import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/types';
import { Field } from './Field';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { SectionProps } from './types';
import { parseApiKey } from './validate';

type KeyName = keyof Settings['apiKeys'];

/** Each key with what it is for, where a person gets one, and what it looks like. */
const KEYS: { key: KeyName; label: string; hint: string; example: string }[] = [
  {
    key: 'blockscout',
    label: 'Blockscout API key',
    hint: 'Optional: raises Blockscout’s rate limit. Create one in your Blockscout account under “API keys”.',
    example: 'Paste the key from your Blockscout account',
  },
  {
    key: 'ethplorer',
    label: 'Ethplorer API key',
    hint: 'Optional: without one the shared free key is used (Ethereum only). Ethplorer keys start with EK-.',
    example: 'EK-abcde-1234567-fghij',
  },
  {
    key: 'snapshot',
    label: 'Snapshot API key',
    hint: 'Optional: raises Snapshot’s rate limit for the hub below.',
    example: 'Paste the key Snapshot gave you',
  },
];

/** API keys stay in this browser's extension storage and go only to their own service. */
export function ApiKeysSection({ settings, update }: SectionProps) {
  const [values, setValues] = useState<Record<KeyName, string>>(
    Object.fromEntries(KEYS.map(({ key }) => [key, settings.apiKeys[key] ?? ''])) as Record<KeyName, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<KeyName, string>>>({});
  const { status, run } = useSaveStatus();
  const save = async (e: Event) => {
    e.preventDefault();
    const next: Settings['apiKeys'] = {};
    const errs: Partial<Record<KeyName, string>> = {};
    for (const { key, label } of KEYS) {
      const parsed = parseApiKey(values[key], label);
      if (parsed.ok) {
        if (parsed.value) next[key] = parsed.value;
      } else errs[key] = parsed.error;
    }
    setErrors(errs);
    if (Object.keys(errs).length === 0) await run('API keys', () => update({ apiKeys: next }));
  };
  return (
    <section aria-labelledby="keys-title">
      <h2 id="keys-title">API keys</h2>
      <form onSubmit={save} noValidate>
        {KEYS.map(({ key, label, hint, example }) => (
          <Field
            key={key}
            id={`key-${key}`}
            label={label}
            value={values[key]}
            error={errors[key]}
            hint={hint}
            placeholder={example}
            secret
            onValue={(v) => setValues((prev) => ({ ...prev, [key]: v }))}
          />
        ))}
        <button type="submit">Save API keys</button>
        <StatusLine status={status} />
      </form>
    </section>
  );
}
