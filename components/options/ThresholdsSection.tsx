import { useState } from 'preact/hooks';
import type { RuleThresholds } from '../../lib/settings/types';
import { THRESHOLD_KEYS, THRESHOLD_TABLE, type ThresholdKey } from '../../lib/risk/thresholdTable';
import { capitalise } from '../../lib/wording/format';
import { Field } from './Field';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { SectionProps } from './types';
import { parseThreshold, thresholdInput } from './validate';

type Key = ThresholdKey;

/** Labels, units and reasons come from the one thresholds table (lib/risk/thresholdTable.ts). */
const META = THRESHOLD_TABLE;

/** The bars of the insight rules (linked wallets, trends, past votes), shown under their own heading. */
const INSIGHT_KEYS = new Set<Key>([
  'linkedWalletsShare',
  'top10RiseIn7Days',
  'top1RiseIn7Days',
  'holderCountFallIn7Days',
  'holderCountFallFrom',
  'addressesDecidingMostProposals',
  'decidedProposalsRead',
]);

interface Props extends SectionProps {
  defaults: RuleThresholds;
}

/** The rules' bars, typed in the units people think in, each with its default and a reset. */
export function ThresholdsSection({ settings, update, defaults }: Props) {
  const keys = THRESHOLD_KEYS.filter((k) => defaults[k] !== undefined || settings.thresholds[k] !== undefined);
  const initial = (source: RuleThresholds) =>
    Object.fromEntries(keys.map((k) => [k, thresholdInput((source[k] ?? defaults[k]) as number, META[k].unit)])) as Record<Key, string>;
  const [values, setValues] = useState<Record<Key, string>>(() => initial(settings.thresholds));
  const [errors, setErrors] = useState<Partial<Record<Key, string>>>({});
  const { status, run } = useSaveStatus();

  const save = async (e: Event) => {
    e.preventDefault();
    const next: RuleThresholds = { ...settings.thresholds };
    const errs: Partial<Record<Key, string>> = {};
    for (const k of keys) {
      const parsed = parseThreshold(values[k], META[k].unit, META[k].label.replace(/ \(.*\)$/, ''));
      if (parsed.ok) next[k] = parsed.value;
      else errs[k] = parsed.error;
    }
    setErrors(errs);
    if (Object.keys(errs).length === 0) await run('Thresholds', () => update({ thresholds: next }));
  };

  const reset = async () => {
    setValues(initial(defaults));
    setErrors({});
    await run('Default thresholds', () => update({ thresholds: { ...defaults } }));
  };

  const field = (k: Key) => (
    <Field
      key={k}
      id={`threshold-${k}`}
      label={META[k].label}
      value={values[k]}
      error={errors[k]}
      hint={`Default: ${thresholdInput(defaults[k] ?? META[k].default, META[k].unit)}. ${capitalise(META[k].reason)}.`}
      inputMode="decimal"
      onValue={(v) => setValues((prev) => ({ ...prev, [k]: v }))}
    />
  );

  return (
    <section aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">Rule thresholds</h2>
      <form onSubmit={save} noValidate>
        {keys.filter((k) => !INSIGHT_KEYS.has(k)).map(field)}
        <fieldset>
          <legend>Linked wallets, trends and past votes</legend>
          {keys.filter((k) => INSIGHT_KEYS.has(k)).map(field)}
        </fieldset>
        <div class="wl-row">
          <button type="submit">Save thresholds</button>
          <button type="button" onClick={reset}>
            Reset thresholds to defaults
          </button>
        </div>
        <StatusLine status={status} />
      </form>
    </section>
  );
}
