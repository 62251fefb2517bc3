/**
 * Control: who can change the token under its holders — mint, upgrade, pause, blacklist,
 * set fees — and how well that key is protected (EOA < weak Safe < Safe/timelock < renounced).
 */
import type { Address, OwnerInfo, Privilege, PrivilegeName, Report } from '../../report/types';
import type { Evidence } from '../types';
import { defineRule } from '../rule';
import { addressEv, blockEv, countEv, sourceEv } from '../evidence';
import { kindPhrase, sameAddress } from '../holders';
import { list } from '../format';

// A ward can rely another account, which can then call every auth function (mint included).
const CRITICAL: PrivilegeName[] = ['mint', 'upgrade', 'ownerBurn', 'authorize'];
const LIMITING: PrivilegeName[] = ['pause', 'blacklist', 'setFee', 'setMaxTx'];

const VERB: Record<PrivilegeName, string> = {
  mint: 'mint',
  upgrade: 'upgrade the code',
  ownerBurn: "burn anyone's tokens",
  pause: 'pause transfers',
  blacklist: 'blacklist wallets',
  setFee: 'set transfer fees',
  setMaxTx: 'cap transfer sizes',
  authorize: 'add or remove wards (accounts that can call every admin function)',
  ownerLock: 'give up ownership for a while and take it back (lock/unlock)',
};

function controlSource(r: Report): Evidence[] {
  return [blockEv(r), sourceEv(r, 'control', 'rpc', true)];
}

function privilegeEvidence(privs: Privilege[]): Evidence[] {
  const out: Evidence[] = [];
  for (const p of privs) {
    if (p.heldBy) out.push(addressEv(`Can ${VERB[p.name]}${p.holderDetail ? ` (${p.holderDetail})` : ''}`, p.heldBy));
    out.push({ kind: 'number', label: `${p.name} selectors`, value: p.selectors.join(', ') || 'none' });
  }
  return out;
}

/** True when the upgrade key is the proxy admin already reported by control.proxy-admin. */
function proxyAdminIsEoa(r: Report): boolean {
  const p = r.control?.proxy;
  if (!p) return false;
  return p.adminKind === 'eoa' || p.adminOwner?.kind === 'eoa';
}

type HeldPowers = { privs: Privilege[]; byOwner: boolean };

function eoaPrivilegeRule(id: string, names: PrivilegeName[], severity: 'danger' | 'caution') {
  return defineRule<HeldPowers>({
    id,
    category: 'control',
    requires: ['control.privileges', 'control.owner'],
    thresholds: [],
    value: (r) => {
      const privs = r.control!.privileges.filter(
        (p) => names.includes(p.name) && p.holderKind === 'eoa' && !(p.name === 'upgrade' && proxyAdminIsEoa(r)),
      );
      if (!privs.length) return null;
      return { privs, byOwner: privs.every((p) => sameAddress(p.heldBy, r.control!.owner.address)) };
    },
    severityFor: () => ({ severity, threshold: { name: 'privilegeHolderIsEoa', value: 1, comparison: '=' } }),
    title: (v) => `${v.byOwner ? 'Owner (an EOA)' : 'An EOA'} can ${list([...new Set(v.privs.map((p) => VERB[p.name]))])}`,
    explanation: (v) => {
      const verbs = list([...new Set(v.privs.map((p) => VERB[p.name]))]);
      return severity === 'danger'
        ? `One private key can ${verbs} at any moment, with no vote and no delay. ` +
            'If it is stolen or its owner turns, holders can lose everything.'
        : `One private key can ${verbs} at any moment, changing the rules for every holder.`;
    },
    evidence: (r, v) => [...privilegeEvidence(v.privs), ...controlSource(r)],
  });
}

export const eoaCritical = eoaPrivilegeRule('control.eoa-critical', CRITICAL, 'danger');
export const eoaLimiting = eoaPrivilegeRule('control.eoa-limiting', LIMITING, 'caution');

export const proxyAdmin = defineRule<{ admin: Address; viaOwner: boolean }>({
  id: 'control.proxy-admin',
  category: 'control',
  requires: ['control.owner'],
  thresholds: [],
  value: (r) => {
    const p = r.control!.proxy;
    if (!p || !p.admin) return null;
    if (p.adminKind === 'eoa') return { admin: p.admin, viaOwner: false };
    if (p.adminOwner?.kind === 'eoa' && p.adminOwner.address) return { admin: p.adminOwner.address, viaOwner: true };
    return null;
  },
  severityFor: () => ({ severity: 'danger', threshold: { name: 'proxyAdminIsEoa', value: 1, comparison: '=' } }),
  title: () => 'Upgrade key is an EOA: the code can be swapped',
  explanation: (v) =>
    `The contract is an upgradeable proxy whose admin${v.viaOwner ? ' (through a ProxyAdmin contract)' : ''} is a single ` +
    'private key. Its holder can replace the token logic at any time.',
  evidence: (r, v) => {
    const p = r.control!.proxy!;
    const out: Evidence[] = [addressEv('Implementation', p.implementation)];
    if (v.viaOwner && p.admin) out.push(addressEv('ProxyAdmin contract', p.admin));
    out.push(addressEv(v.viaOwner ? 'ProxyAdmin owner (EOA)' : 'Proxy admin (EOA)', v.admin));
    return [...out, ...controlSource(r)];
  },
});

type WeakSafe = { who: string; address: Address; threshold: number; owners: Address[] };

export const weakSafe = defineRule<WeakSafe>({
  id: 'control.weak-safe',
  category: 'control',
  requires: ['control.owner'],
  thresholds: [],
  value: (r) => {
    const candidates: [string, OwnerInfo | undefined][] = [
      ['Owner', r.control!.owner],
      ['Proxy admin owner', r.control!.proxy?.adminOwner],
    ];
    for (const [who, info] of candidates) {
      const safe = info?.safe;
      if (info?.address && safe && (safe.threshold <= 1 || safe.owners.length <= 2)) {
        return { who, address: info.address, threshold: safe.threshold, owners: safe.owners };
      }
    }
    return null;
  },
  severityFor: () => ({ severity: 'caution', threshold: { name: 'safeThreshold', value: 1, comparison: '<=' } }),
  title: (v) => `${v.who} is a ${v.threshold}-of-${v.owners.length} Safe`,
  explanation: (v) =>
    v.threshold <= 1
      ? 'The Safe needs only one signature, so one key controls it — no better than a single wallet.'
      : 'The Safe has only two owners: two keys (often the same team) control it.',
  evidence: (r, v) => [
    addressEv(`${v.who} (Safe)`, v.address),
    countEv('Signatures required', v.threshold),
    ...v.owners.map((o) => addressEv('Safe owner', o)),
    ...controlSource(r),
  ],
});

export const renounced = defineRule<OwnerInfo>({
  id: 'control.renounced',
  category: 'control',
  requires: ['control.owner'],
  thresholds: [],
  // Renounced only when nobody can take it back: otherwise control.take-back says who can.
  value: (r) => (r.control!.owner.kind === 'renounced' && !r.control!.takeBack?.length ? r.control!.owner : null),
  severityFor: () => ({ severity: 'info' }),
  title: () => 'Ownership renounced',
  explanation: (_v) =>
    'The owner gave up control (owner is the zero address): owner-only functions can no longer be called. ' +
    'Roles or a proxy admin, if any, are judged separately.',
  evidence: (r, v) => [...(v.address ? [addressEv('Owner', v.address)] : []), ...controlSource(r)],
});

/** Powers held by something other than a single key: worth knowing, not alarming by itself. */
export const sharedPowers = defineRule<Privilege[]>({
  id: 'control.powers',
  category: 'control',
  requires: ['control.privileges'],
  thresholds: [],
  value: (r) => {
    // An unknown holder is not "not a single key": control.unknown-holder says it is unknown.
    const privs = r.control!.privileges.filter((p) => p.holderKind !== 'eoa' && p.holderKind !== 'renounced' && p.holderKind !== 'unknown');
    return privs.length ? privs : null;
  },
  severityFor: () => ({ severity: 'info' }),
  title: (v) => {
    const p = v[0]!;
    const who = p.holderDetail ?? (p.holderKind === 'role' ? 'Role holders' : `${kindPhrase(p.holderKind)}`);
    const verbs = list([...new Set(v.map((x) => VERB[x.name]))]);
    return `${who.charAt(0).toUpperCase()}${who.slice(1)} can ${verbs}`;
  },
  explanation: () => 'These powers exist but are not held by a single private key (a multisig, timelock, role or contract holds them).',
  evidence: (r, v) => [...privilegeEvidence(v), ...controlSource(r)],
});

/** owner() is zero, yet someone can take control back: say who, how and from when. */
export const takeBack = defineRule<NonNullable<Report['control']>['takeBack'] & object>({
  id: 'control.take-back',
  category: 'control',
  requires: ['control.owner'],
  thresholds: [],
  value: (r) => (r.control!.takeBack?.length ? r.control!.takeBack : null),
  severityFor: () => ({ severity: 'caution', threshold: { name: 'canTakeControlBack', value: 1, comparison: '=' } }),
  title: (v) => {
    const first = v[0]!;
    const when = first.after ? ` after ${new Date(first.after * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
    return `Not renounced for good: ${v.length === 1 ? 'one account' : `${v.length} accounts`} can take control back${when}`;
  },
  explanation: (v) => `${v.map((t) => t.how).join('; ')}.`,
  evidence: (r, v) => [...v.filter((t) => t.who).map((t) => addressEv(t.how.split(':')[0]!, t.who!)), ...controlSource(r)],
});

/** A power in the bytecode whose holder could not be determined: unknown, never "not a single key". */
export const unknownHolder = defineRule<null>({
  id: 'control.unknown-holder',
  category: 'control',
  requires: ['control.privileges'],
  thresholds: [],
  value: () => null,
  quietIsUnknown: (r) => {
    const privs = r.control!.privileges.filter((p) => p.holderKind === 'unknown');
    if (!privs.length) return null;
    return `unknown holder: who can ${list([...new Set(privs.map((p) => VERB[p.name]))])} could not be determined`;
  },
  severityFor: () => null,
  title: () => '',
  explanation: () => '',
  evidence: () => [],
});

export const controlRules = [eoaCritical, eoaLimiting, proxyAdmin, weakSafe, renounced, takeBack, sharedPowers, unknownHolder];
