/**
 * Tokens whose balances are not the sum of their transfers: rebasing (balance = shares × a rate),
 * reflection (every transfer's fee is shared out to holders) or plain drift. Said as an info
 * finding so the findings themselves tell the reader how the holder figures were read: from
 * balanceOf at the block, not from the transfer logs, and that balances keep moving without
 * a Transfer event.
 */
import type { BalanceModel } from '../../report/types';
import { defineRule } from '../rule';
import { blockEv, countEv, sourceEv } from '../evidence';

const TITLE: Record<BalanceModel['kind'], string> = {
  rebasing: 'Balances are shares × a rate (rebasing token)',
  reflection: 'Balances grow with fees (reflection token)',
  drift: 'Balances change without Transfer events',
};

const HOW: Record<BalanceModel['kind'], string> = {
  rebasing: 'Each balance is the holder’s shares times a rate the token changes, so every balance moves without a Transfer event.',
  reflection: 'A fee on each transfer is shared out to holders, so balances grow without a Transfer event.',
  drift: 'Some balances differ from what their transfers add up to, so the token changes balances without a Transfer event.',
};

export const balanceModelNote = defineRule<BalanceModel>({
  id: 'whales.balance-model',
  category: 'whales',
  // Read from holders when present; a missing holders section is already a gap of the whale rules.
  requires: [],
  thresholds: [],
  value: (r) => r.holders?.balanceModel ?? null,
  severityFor: () => ({ severity: 'info' }),
  title: (m) => TITLE[m.kind],
  explanation: (m) =>
    `${HOW[m.kind]} ` +
    (m.interface.length ? `The token answers ${m.interface.join(', ')}. ` : '') +
    'Holder shares and concentration here come from balanceOf re-read for every address at the block, not from summing transfers; ' +
    'they hold at that block and shift as the rate or fees change.',
  evidence: (r, m) => [countEv('Balances that differ from their transfers', m.driftedBalances), blockEv(r), sourceEv(r, 'holders', 'rpc', true)],
});

export const balanceModelRules = [balanceModelNote];
