import type { Finding } from '../../lib/risk/types';
import { thresholdLine } from '../../lib/wording/thresholds';

/**
 * "Whale Lens warns when the 10 largest holders own more than 70% of circulating supply." The words
 * and units come from the thresholds table (lib/risk/thresholdTable.ts) through lib/wording.
 */
export function thresholdText(t: NonNullable<Finding['threshold']>, locale?: string): string {
  return thresholdLine(t, locale);
}
