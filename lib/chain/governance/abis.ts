import { parseAbi } from 'viem';

/** OpenZeppelin Governor (4.x/5.x) and GovernorBravo reads; both names for the token getter. */
export const governorAbi = parseAbi([
  'function CLOCK_MODE() view returns (string)',
  'function clock() view returns (uint48)',
  'function quorum(uint256 timepoint) view returns (uint256)',
  'function quorumVotes() view returns (uint256)',
  'function proposalThreshold() view returns (uint256)',
  'function votingDelay() view returns (uint256)',
  'function votingPeriod() view returns (uint256)',
  'function token() view returns (address)',
  'function comp() view returns (address)',
  'function uni() view returns (address)',
  'function timelock() view returns (address)',
]);

export const votesAbi = parseAbi([
  'function getVotes(address account) view returns (uint256)',
  'function getCurrentVotes(address account) view returns (uint96)',
]);

/** DelegateVotesChanged(address indexed delegate, uint256 previousVotes, uint256 newVotes) — COMP uses the same topic. */
export const DELEGATE_VOTES_CHANGED_TOPIC = '0xdec2bacdd2f05b59de34da9b523dff8be42e5e38e818c82fdb0bae774387a724' as const;
