/** Plain-text pieces of the pre-sign dialog, from the wording module (lib/wording). */
import type { Evidence, Finding } from '../../lib/risk/types';
import type { Headline, TokenView } from '../../lib/guard/decide';
import type { TouchedToken } from '../../lib/guard/types';
import { formatTokenAmount, formatPercent, formatDuration, formatInteger, shortAddress } from '../../lib/wording/format';
import { thresholdLine } from '../../lib/wording/thresholds';
import { evidenceLabel, isTechnical, technicalText } from '../../lib/wording/evidence';
import { VERDICT_PHRASE } from '../../lib/wording/verdict';

export { shortAddress };

export const HEADLINES: Record<Headline, string> = {
  danger: 'Danger: a few hands control this token',
  caution: 'Caution: concentrated control',
  unknown: 'Could not verify',
  pending: 'Not verified yet',
  ok: VERDICT_PHRASE.ok,
};

export const STATUS_WORDS: Record<TokenView['status'], string> = {
  danger: 'danger',
  caution: 'caution',
  unknown: VERDICT_PHRASE.unknown.toLowerCase(),
  pending: 'not verified yet',
  ok: VERDICT_PHRASE.ok.toLowerCase(),
  dismissed: 'not warned about',
};

/**
 * Base units → token units in the person's locale, when the token's decimals are known.
 * Before they are read, the amount is not shown as a number at all (it would be off by 10^decimals).
 */
export function amountText(amount: string, decimals?: number, locale?: string): string {
  if (decimals === undefined) return 'an amount';
  try {
    // Exact: the amount being approved or sent is never rounded away.
    return formatTokenAmount(amount, decimals, locale, { maximumFractionDigits: Math.min(decimals, 20) });
  } catch {
    return 'an amount';
  }
}

const VERB: Record<TouchedToken['action'], string> = {
  approve: 'Approve',
  permit: 'Sign a permit for',
  transfer: 'Send',
  buy: 'Buy',
  sell: 'Sell',
  delegate: 'Delegate your account to the contract',
};

/** "Unlimited approval of USDC to 0x1234…abcd", "Sell 1.5 ABC", … */
export function actionText(t: TouchedToken, symbol: string, decimals?: number, locale?: string): string {
  if (t.action === 'delegate') return `${VERB.delegate} ${shortAddress(t.token)} (EIP-7702)`;
  const to = t.spender ? ` to ${shortAddress(t.spender)}` : '';
  if (t.unlimited && (t.action === 'approve' || t.action === 'permit')) {
    return `Unlimited ${t.action === 'permit' ? 'permit' : 'approval'} of ${symbol}${to}`;
  }
  const amt = t.amount !== undefined ? `${amountText(t.amount, decimals, locale)} ` : '';
  return `${VERB[t.action]} ${amt}${symbol}${to}`;
}

/** What this request would let the spender take, for "approve only the amount you need". */
export function approvingText(touches: TouchedToken[], symbol: string, decimals?: number, locale?: string): string | undefined {
  const a = touches.find((t) => t.action === 'approve' || t.action === 'permit');
  if (!a) return undefined;
  if (a.unlimited) return `an unlimited amount of ${symbol}`;
  return a.amount !== undefined ? `${amountText(a.amount, decimals, locale)} ${symbol}` : undefined;
}

/** "Risky Token (RSK)"; a name that already carries the symbol is not wrapped twice. */
export function tokenLabel(t: TokenView): string {
  if (t.symbol && t.name) return t.name.includes(`(${t.symbol})`) || t.name === t.symbol ? t.name : `${t.name} (${t.symbol})`;
  return t.symbol ?? t.name ?? shortAddress(t.token);
}

function evidenceText(e: Evidence, locale?: string): string | null {
  if (isTechnical(e)) return null; // in the details line
  switch (e.kind) {
    case 'number': {
      const label = evidenceLabel(e.label);
      if (typeof e.value !== 'number') return `${label}: ${e.value}`;
      if (e.unit === 'share') return `${label}: ${formatPercent(e.value, locale)}`;
      if (e.unit === 'seconds') return `${label}: ${formatDuration(e.value, locale)}`;
      return `${label}: ${formatInteger(e.value, locale)}`;
    }
    case 'address':
      return `${evidenceLabel(e.label)}: ${e.name ? `${e.name} ` : ''}${shortAddress(e.address)}`;
    case 'block':
    case 'source':
      return null; // technical: in the details line
  }
}

/** The numbers behind a finding, e.g. "Top 10 share: 82%". */
export function reasonDetail(f: Finding, locale?: string): string {
  return f.evidence
    .map((e) => evidenceText(e, locale))
    .filter((x): x is string => x !== null)
    .slice(0, 3)
    .join(' · ');
}

/** The bar the finding crossed, as a sentence. */
export function reasonThreshold(f: Finding, locale?: string): string | null {
  return f.threshold ? thresholdLine(f.threshold, locale) : null;
}

/** Rule id, block and sources: for the technically minded, never in the main line. */
export function reasonTechnical(f: Finding): string {
  return [`rule ${f.ruleId}`, ...technicalText(f.evidence)].join(' · ');
}
