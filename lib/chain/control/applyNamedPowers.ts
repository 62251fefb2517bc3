/**
 * NamedPowers (./namedPowers) into the report: named holders, minters, wards, who can take
 * control back, and per-privilege holders that take precedence over the owner (a FiatToken's
 * pauser pauses, not its owner).
 */
import { zeroAddress, type Address } from 'viem';
import type { ControlSection, OwnerInfo, PrivilegeName } from '../../report/types';
import { GETTER_PRIVILEGE, type NamedPowers } from './namedPowers';

export function namedPowerAddresses(p: NamedPowers): Address[] {
  return [
    ...Object.values(p.getters),
    ...(p.minters ?? []).map((m) => m.address),
    ...(p.wards ?? []),
    ...(p.controllers ?? []).map((x) => x.controller),
    ...(p.lockedOwner?.previousOwner ? [p.lockedOwner.previousOwner] : []),
  ].filter((a): a is Address => !!a);
}

export function applyNamedPowers(
  section: ControlSection,
  p: NamedPowers,
  describe: (a: Address) => OwnerInfo | undefined,
  adminRoleMembers: Address[],
): void {
  const info = (a: Address): OwnerInfo => describe(a) ?? { address: a, kind: 'unknown' };
  const named = Object.entries(p.getters).filter(([g]) => g !== 'pendingOwner' && g !== 'upgradedAddress') as [string, Address][];
  if (named.length) section.namedHolders = named.map(([g, a]) => ({ getter: `${g}()`, holder: info(a) }));
  if (p.getters.pendingOwner) section.pendingOwner = info(p.getters.pendingOwner);
  if (p.minters?.length) section.minters = p.minters.map((m) => ({ holder: info(m.address), allowance: m.allowance.toString() }));
  if (p.wards?.length) section.wards = p.wards.map(info);
  if (p.controllers?.length) section.masterMinterControllers = p.controllers.map((x) => ({ controller: info(x.controller), worker: x.worker }));
  if (p.mintingAllowedAfter !== undefined) section.mintingAllowedAfter = Number(p.mintingAllowedAfter);
  if (p.fees?.length) section.activeFees = p.fees.map((f) => ({ getter: f.getter, value: f.value.toString() }));
  if (p.deprecated) section.deprecated = { upgradedAddress: p.getters.upgradedAddress ?? null };

  const takeBack: NonNullable<ControlSection['takeBack']> = [];
  const ownerGone = section.owner.kind === 'renounced';
  if (p.lockedOwner) {
    takeBack.push({
      who: p.lockedOwner.previousOwner,
      how: 'lock/unlock: the owner who locked the contract can call unlock() and become owner again',
      after: Number(p.lockedOwner.unlockTime),
    });
  }
  if (p.getters.authority) {
    takeBack.push({ who: p.getters.authority, how: 'DSAuth authority(): can allow any account to call the owner-only functions (mint, burn, stop)' });
  }
  if (p.getters.pendingOwner) takeBack.push({ who: p.getters.pendingOwner, how: 'pendingOwner(): can accept ownership at any time' });
  if (ownerGone) {
    for (const a of adminRoleMembers) takeBack.push({ who: a, how: 'DEFAULT_ADMIN_ROLE: can grant every role' });
    for (const w of p.wards ?? []) takeBack.push({ who: w, how: 'ward (rely/deny): can call every auth function and add wards' });
    for (const [g, a] of named)
      if (GETTER_PRIVILEGE[g as keyof typeof GETTER_PRIVILEGE]) takeBack.push({ who: a, how: `${g}(): still holds its power` });
  }
  if (takeBack.length) section.takeBack = takeBack;
}

/** Privilege → holder named by the token's own getter (before the owner is assumed). */
export function namedPrivilegeHolders(p: NamedPowers): Map<PrivilegeName, { address: Address; via: string }> {
  const out = new Map<PrivilegeName, { address: Address; via: string }>();
  for (const [g, a] of Object.entries(p.getters) as [keyof typeof GETTER_PRIVILEGE, Address][]) {
    const name = GETTER_PRIVILEGE[g];
    if (name && a !== zeroAddress && !out.has(name)) out.set(name, { address: a, via: `${g}()` });
  }
  // One ward is the holder of rely/deny; several are listed in control.wards (the holder is then not one key).
  if (p.wards?.length === 1) out.set('authorize', { address: p.wards[0]!, via: 'wards()' });
  // While locked, owner() is zero: unlock() belongs to the owner who locked it.
  if (p.lockedOwner?.previousOwner) out.set('ownerLock', { address: p.lockedOwner.previousOwner, via: 'lock/unlock previous owner' });
  return out;
}
