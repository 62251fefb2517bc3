/**
 * The rules' bars: defaults from the one table (./thresholdTable.ts, with the reason for each
 * number), merged with the person's settings.
 */
import { isValidThreshold, THRESHOLD_KEYS, THRESHOLD_TABLE, type Thresholds } from './thresholdTable';

export type { Thresholds };

export const DEFAULT_THRESHOLDS: Thresholds = Object.fromEntries(THRESHOLD_KEYS.map((k) => [k, THRESHOLD_TABLE[k].default])) as Thresholds;

/** Merges user bars over the defaults, ignoring values the rules cannot use (not finite, out of range). */
export function resolveThresholds(partial?: Partial<Thresholds>): Thresholds {
  const out: Thresholds = { ...DEFAULT_THRESHOLDS };
  if (!partial) return out;
  for (const key of THRESHOLD_KEYS) {
    const v = partial[key];
    if (isValidThreshold(key, v)) out[key] = v;
  }
  return out;
}
