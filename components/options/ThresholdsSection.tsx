import { useState } from 'preact/hooks';
import type { RuleThresholds } from '../../lib/settings/types';
import { Field } from './Field';
import { StatusLine, useSaveStatus } from './SaveStatus';
import type { SectionProps } from './types';
import { parseThreshold, thresholdInput, type ThresholdUnit } from './validate';

type Key = keyof RuleThresholds;

const META: Record<Key, { label: string; unit: ThresholdUnit }> = {
  holderNote: { label: 'Note any holder above (% of circulating supply)', unit: 'share' },
  top10Caution: { label: 'Caution when the top 10 hold more than (%)', unit: 'share' },
  top1Danger: { label: 'Danger when one holder holds more than (%)', unit: 'share' },
  nakamotoCaution: { label: 'Caution when this few holders or fewer make a majority', unit: 'count' },
  delegatesToQuorumCaution: { label: 'Caution when this few delegates or fewer reach quorum', unit: 'count' },
  minTimelockDelay: { label: 'Caution when the timelock delay is under (hours)', unit: 'hours' },
  lpTop1Danger: { label: 'Danger when one wallet holds more of the LP than (%)', unit: 'share' },
  youngContract: { label: 'Caution when the contract is younger than (days)', unit: 'days' },
  thinLiquidityShare: { label: 'Caution when pools hold less of the supply than (%)', unit: 'share' },
  snapshotAdminsCaution: { label: 'Caution when a Snapshot space has this few admins or fewer', unit: 'count' },
};

interface Props extends SectionProps {
  defaults: RuleThresholds;
}

/** The rules' bars, typed in the units people think in, each with its default and a reset. */
export function ThresholdsSection({ settings, update, defaults }: Props) {
  const keys = (Object.keys(META) as Key[]).filter((k) => defaults[k] !== undefined || settings.thresholds[k] !== undefined);
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

  return (
    <section aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">Rule thresholds</h2>
      <form onSubmit={save} noValidate>
        {keys.map((k) => (
          <Field
            key={k}
            id={`threshold-${k}`}
            label={META[k].label}
            value={values[k]}
            error={errors[k]}
            hint={`Default: ${thresholdInput(defaults[k] as number, META[k].unit)}`}
            inputMode="decimal"
            onValue={(v) => setValues((prev) => ({ ...prev, [k]: v }))}
          />
        ))}
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
