/**
 * Every rule's bar as a sentence people use ("the largest holder owns more than 50% of
 * circulating supply"), never a rule key. Pure; numbers in the given locale.
 */
import type { Finding } from '../risk/types';
import { formatDuration, formatInteger, formatPercent } from './format';

type Threshold = NonNullable<Finding['threshold']>;

const MORE: Record<string, string> = { '>': 'more than', '>=': 'at least', '<': 'less than', '<=': 'at most', '=': 'exactly' };

/** The condition that makes the rule fire, e.g. "the largest holder owns more than 50% of circulating supply". */
export function thresholdSentence(t: Threshold, locale?: string): string {
  const share = () => formatPercent(t.value, locale);
  const count = () => formatInteger(t.value, locale);
  const time = () => formatDuration(t.value, locale);
  const cmp = MORE[t.comparison] ?? t.comparison;
  switch (t.name) {
    case 'top1Danger':
      return `the largest holder owns ${cmp} ${share()} of circulating supply`;
    case 'top10Caution':
      return `the 10 largest holders own ${cmp} ${share()} of circulating supply`;
    case 'holderNote':
      return `one holder owns ${cmp} ${share()} of circulating supply`;
    case 'nakamotoCaution':
      return `${count()} or fewer holders together own more than half of circulating supply`;
    case 'delegatesToQuorum':
      return 'a single delegate can reach quorum alone';
    case 'delegatesToQuorumCaution':
      return `${count()} or fewer delegates together can reach quorum`;
    case 'delegatesAboveProposalThreshold':
      return 'only one delegate has enough votes to make proposals';
    case 'minTimelockDelay':
      return `the timelock gives holders less than ${time()} to react to a change`;
    case 'lpTop1Danger':
      return `one wallet holds ${cmp} ${share()} of a pool's liquidity tokens, and they are neither burned nor locked`;
    case 'youngContract':
      return `the contract is less than ${time()} old`;
    case 'thinLiquidityShare':
      return `the largest pool holds less than ${share()} of circulating supply`;
    case 'snapshotAdminsCaution':
      return `${count()} or fewer people control the off-chain voting space`;
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
