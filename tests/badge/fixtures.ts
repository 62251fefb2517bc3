import type { ReportState } from '../../lib/messaging/background-protocol';
import type { Report } from '../../lib/report/types';
import type { Assessment, Finding } from '../../lib/risk/types';

export const TOKEN = '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984';
export const HOSTILE = '<img src=x onerror=alert(1)>';

export function report(symbol = 'UNI'): Report {
  return {
    schemaVersion: 1,
    chainId: 1,
    token: { address: TOKEN, name: `${symbol} token`, symbol, decimals: 18, totalSupply: '1000000000000000000000000000' },
    block: { number: 21_000_000, timestamp: 1_730_000_000 },
    generatedAt: 1_730_000_100_000,
    sources: [{ section: 'holders', source: 'logs', ok: true }],
  };
}

export const TOP3: Finding = {
  ruleId: 'holders.top10',
  category: 'whales',
  severity: 'danger',
  title: 'Top 3 holders own 71% of circulating supply',
  explanation: 'A few wallets can move the price.',
  evidence: [
    { kind: 'number', label: 'Top 3 share', value: 0.71, unit: 'share' },
    { kind: 'address', label: 'Largest holder', address: '0x47173B170C64d16393a52e6C480b3Ad8c302ba1e', name: 'Wallet' },
    { kind: 'block', number: 21_000_000 },
    { kind: 'source', source: 'logs', verifiedOnChain: true },
  ],
  threshold: { name: 'top10Caution', value: 0.7, comparison: '>' },
};

export const MINT: Finding = {
  ruleId: 'control.mint',
  category: 'control',
  severity: 'caution',
  title: 'Owner can mint',
  explanation: 'One key can create new tokens.',
  evidence: [{ kind: 'address', label: 'Owner', address: '0x000000000000000000000000000000000000dEaD', category: 'other' }],
};

export const NOTE: Finding = {
  ruleId: 'age.young',
  category: 'age',
  severity: 'info',
  title: 'Timelock delay is 2 d',
  explanation: 'Users have two days to exit.',
  evidence: [{ kind: 'number', label: 'Delay', value: 172_800, unit: 'seconds' }],
};

export function ready(assessment: Partial<Assessment> = {}, symbol = 'UNI'): ReportState {
  return {
    status: 'ready',
    report: report(symbol),
    assessment: {
      verdict: 'danger',
      summary: 'Top 3 holders own 71% · owner can mint',
      findings: [NOTE, MINT, TOP3, { ...NOTE, title: 'Fourth finding' }],
      gaps: [],
      ...assessment,
    },
    stale: false,
    fetchedAt: 1_730_000_100_000,
  };
}
