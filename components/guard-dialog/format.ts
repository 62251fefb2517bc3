/** Plain-text pieces of the pre-sign dialog. */
import type { Evidence, Finding } from '../../lib/risk/types';
import type { Headline, TokenView } from '../../lib/guard/decide';
import type { TouchedToken } from '../../lib/guard/types';

export const HEADLINES: Record<Headline, string> = {
  danger: 'Danger: a few hands control this token',
  caution: 'Caution: concentrated control',
  unknown: 'Could not verify',
  pending: 'Not verified yet',
  ok: 'No concerns found',
};

export function shortAddress(a: string): string {
  return a.length > 12 ? `${a.slice(0, 6)}…${a.slice(-4)}` : a;
}

/** Base units → decimal text, when decimals are known; otherwise "N base units". */
export function amountText(amount: string, decimals?: number): string {
  if (decimals === undefined) return `${amount} base units`;
  const v = BigInt(amount);
  const unit = 10n ** BigInt(decimals);
  const whole = v / unit;
  const frac = (v % unit).toString().padStart(decimals, '0').replace(/0+$/, '').slice(0, 6);
  return frac ? `${whole.toLocaleString('en-US')}.${frac}` : whole.toLocaleString('en-US');
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
export function actionText(t: TouchedToken, symbol: string, decimals?: number): string {
  if (t.action === 'delegate') return `${VERB.delegate} ${shortAddress(t.token)} (EIP-7702)`;
  const to = t.spender ? ` to ${shortAddress(t.spender)}` : '';
  if (t.unlimited && (t.action === 'approve' || t.action === 'permit')) {
    return `Unlimited ${t.action === 'permit' ? 'permit' : 'approval'} of ${symbol}${to}`;
  }
  const amt = t.amount !== undefined ? `${amountText(t.amount, decimals)} ` : '';
  return `${VERB[t.action]} ${amt}${symbol}${to}`;
}

export function tokenLabel(t: TokenView): string {
  if (t.symbol && t.name) return `${t.name} (${t.symbol})`;
  return t.symbol ?? shortAddress(t.token);
}

function evidenceText(e: Evidence): string | null {
  switch (e.kind) {
    case 'number':
      return `${e.label}: ${e.unit === 'share' && typeof e.value === 'number' ? `${(e.value * 100).toFixed(1)}%` : String(e.value)}`;
    case 'address':
      return `${e.label}: ${e.name ? `${e.name} ` : ''}${shortAddress(e.address)}`;
    case 'block':
      return `block ${e.number}`;
    case 'source':
      return `source: ${e.source}`;
  }
}

/** The numbers behind a finding and the bar it crossed, e.g. "top10: 82.0% · threshold top10Caution > 0.7". */
export function reasonDetail(f: Finding): string {
  const parts = f.evidence.map(evidenceText).filter((x): x is string => x !== null).slice(0, 3);
  if (f.threshold) parts.push(`threshold ${f.threshold.name} ${f.threshold.comparison} ${f.threshold.value}`);
  return parts.join(' · ');
}
