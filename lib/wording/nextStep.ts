/**
 * One concrete next step for each caution/danger finding, in people's words. Pure.
 * The approve step names the amount the dapp asked for (given by the caller, already formatted).
 */
import type { Finding } from '../risk/types';
import { shortAddress } from './format';

export interface StepContext {
  /** "an unlimited amount of RSK", "12.5 RSK": what this request would approve, when it approves. */
  approving?: string;
}

function firstAddress(f: Finding): string | undefined {
  const e = f.evidence.find((x) => x.kind === 'address' && !/pool/i.test(x.label));
  return e?.kind === 'address' ? (e.name ? `${e.name} (${shortAddress(e.address)})` : shortAddress(e.address)) : undefined;
}

export function nextStep(f: Finding, ctx: StepContext = {}): string | null {
  if (f.severity === 'info') return null;
  const approve = ctx.approving ? `Approve only the amount you need: this request asks for ${ctx.approving}.` : null;
  const id = f.ruleId;
  if (id.startsWith('liquidity.lp-holder')) return "The liquidity can be pulled: don't hold more than you can lose.";
  if (id.startsWith('liquidity.thin')) return 'Selling may move the price a lot: trade small amounts and check the price impact first.';
  if (id.startsWith('control.')) {
    const who = firstAddress(f);
    return who
      ? `${who} holds this power: watch its transactions on a block explorer before holding this token.`
      : (approve ?? 'Watch the controlling address on a block explorer before holding this token.');
  }
  if (id.startsWith('whales.')) return approve ?? 'A few holders can move the price: keep your position small and watch large transfers.';
  if (id.startsWith('governance.')) return 'A few voters decide: read open proposals before holding this token through a vote.';
  if (id === 'age.young') return approve ?? 'New tokens are often abandoned or drained: wait, or keep the amount small.';
  if (id === 'age.unverified') return 'Nobody can read what this contract does: prefer a token with published source code.';
  return approve;
}
