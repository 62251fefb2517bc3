/** Age and openness: brand-new contracts and unverified source code. */
import type { Report } from '../../report/types';
import type { Evidence } from '../types';
import { defineRule } from '../rule';
import { addressEv, blockEv, secondsEv, sourceEv } from '../evidence';
import { duration } from '../format';

function creationEvidence(r: Report): Evidence[] {
  const c = r.control!;
  const out: Evidence[] = [];
  if (c.creator) out.push(addressEv('Creator', c.creator));
  if (c.creationBlock !== undefined) out.push({ kind: 'block', number: c.creationBlock, timestamp: c.creationTimestamp });
  return out;
}

export const youngContract = defineRule<number>({
  id: 'age.young',
  category: 'age',
  requires: ['control.creationTimestamp'],
  whenMissing: 'contract age unknown (no creation time)',
  thresholds: ['youngContract'],
  value: (r) => Math.max(0, r.block.timestamp - r.control!.creationTimestamp!),
  severityFor: (age, t) =>
    age < t.youngContract ? { severity: 'caution', threshold: { name: 'youngContract', value: t.youngContract, comparison: '<' } } : null,
  title: (age) => `Contract is only ${duration(age)} old`,
  explanation: (_age, t) =>
    `The token contract was deployed less than ${duration(t.youngContract)} ago. Most rug pulls happen in a token's first days, ` +
    'before anyone has had time to look at it.',
  evidence: (r, age) => [secondsEv('Age', age), ...creationEvidence(r), blockEv(r), sourceEv(r, 'control', 'rpc', true)],
});

export const unverifiedSource = defineRule<boolean>({
  id: 'age.unverified',
  category: 'age',
  requires: ['control'],
  thresholds: [],
  // Only an indexer can say; when none did, there is nothing to say (not a gap).
  value: (r) => (r.control!.verifiedSource === false ? false : null),
  severityFor: () => ({ severity: 'caution', threshold: { name: 'verifiedSource', value: 0, comparison: '=' } }),
  title: () => 'Source code is not verified',
  explanation: () => 'The indexer has no verified source for this contract, so nobody can read what its code does beyond the functions we detect.',
  evidence: (r) => [addressEv('Token contract', r.token.address), sourceEv(r, 'verification', 'blockscout', false)],
});

export const ageRules = [youngContract, unverifiedSource];
