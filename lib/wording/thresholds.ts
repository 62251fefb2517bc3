/**
 * Every rule's bar as a sentence people use ("the largest holder owns more than 50% of
 * circulating supply"), never a rule key. Pure; numbers in the given locale.
 */
import type { Finding } from '../risk/types';
import { COMPARISON_WORDS, thresholdRow, type ThresholdRow } from '../risk/thresholdTable';
import { formatDuration, formatInteger, formatPercent } from './format';

type Threshold = NonNullable<Finding['threshold']>;

const MORE: Record<string, string> = COMPARISON_WORDS;

/** A bar's value in the unit of its row: "70%", "24 hours", "3". */
export function thresholdValueText(value: number, unit: ThresholdRow['unit'], locale?: string): string {
  if (unit === 'share') return formatPercent(value, locale);
  if (unit === 'hours' || unit === 'days') return formatDuration(value, locale);
  return formatInteger(value, locale);
}

/** The condition that makes the rule fire, e.g. "the largest holder owns more than 50% of circulating supply". */
export function thresholdSentence(t: Threshold, locale?: string): string {
  const share = () => formatPercent(t.value, locale);
  const count = () => formatInteger(t.value, locale);
  const cmp = MORE[t.comparison] ?? t.comparison;
  // An adjustable bar: its words are in the thresholds table.
  const row = thresholdRow(t.name);
  if (row) return row.condition.replace('{cmp}', cmp).replace('{value}', thresholdValueText(t.value, row.unit, locale));
  switch (t.name) {
    case 'delegatesToQuorum':
      return 'a single delegate can reach quorum alone';
    case 'delegatesAboveProposalThreshold':
      return 'only one delegate has enough votes to make proposals';
    case 'verifiedSource':
      return "the contract's source code is not published and verified";
    case 'privilegeHolderIsEoa':
      return 'a power over the token is held by a single private key (a personal wallet, not a contract)';
    case 'proxyAdminIsEoa':
      return 'the contract can be replaced by a single private key';
    case 'safeThreshold':
      return 'one signature is enough to act for the multisig wallet';
    default: {
      // A rule added later without a sentence here still reads as words, not as a key.
      const words = t.name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
      return `${words} is ${cmp} ${t.value > 0 && t.value < 1 ? share() : count()}`;
    }
  }
}

/** "Whale Lens warns when the largest holder owns more than 50% of circulating supply." */
export function thresholdLine(t: Threshold, locale?: string): string {
  return `Whale Lens warns when ${thresholdSentence(t, locale)}.`;
}
