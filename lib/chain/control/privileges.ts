import type { Address, Hex, OwnerInfo, Privilege, PrivilegeName, ProxyInfo } from '../../report/types';
import { describeHolder } from './describeAddresses';
import { MARKER_SELECTORS, PRIVILEGE_SELECTORS } from './knownSelectors';
import type { RoleMembers } from './roles';

/** Roles that, by convention, gate each privilege (checked before the owner). */
const ROLES_FOR: Record<PrivilegeName, string[]> = {
  mint: ['MINTER_ROLE'],
  ownerBurn: ['BURNER_ROLE'],
  pause: ['PAUSER_ROLE'],
  blacklist: ['BLACKLISTER_ROLE', 'BLOCKLISTER_ROLE', 'FREEZER_ROLE'],
  setFee: ['FEE_MANAGER_ROLE', 'MANAGER_ROLE'],
  setMaxTx: ['MANAGER_ROLE'],
  upgrade: ['UPGRADER_ROLE'],
  authorize: [],
  ownerLock: [],
};

export interface PrivilegeContext {
  selectors: Set<Hex>;
  owner: OwnerInfo;
  proxy?: ProxyInfo;
  /** Owner of a beacon (beacon proxies upgrade there). */
  beaconOwner?: OwnerInfo;
  roles: RoleMembers[];
  /** Set when the contract uses AccessControl but its roles could not be read. */
  rolesError?: string;
  describe: (address: Address) => OwnerInfo | undefined;
  /** Holders the token names itself (pauser(), blacklister(), masterMinter(), minter()): they come before the owner. */
  named?: Map<PrivilegeName, { address: Address; via: string }>;
  /** DSS wards authorised at the block (rely/deny is theirs, not the owner's). */
  wardCount?: number;
}

type Holder = Pick<Privilege, 'heldBy' | 'holderKind' | 'holderDetail'>;

function fromInfo(info: OwnerInfo | undefined, prefix?: string): Holder | undefined {
  if (!info || info.kind === 'none' || !info.address) return undefined;
  const detail = describeHolder(info);
  return {
    heldBy: info.address,
    holderKind: info.kind,
    holderDetail: prefix ? `${prefix}${detail ? `: ${detail}` : ''}` : detail,
  };
}

function fromRole(ctx: PrivilegeContext, names: string[]): Holder | undefined {
  for (const name of names) {
    const role = ctx.roles.find((r) => r.name === name);
    if (!role || role.members.length === 0) continue;
    if (role.members.length === 1) return fromInfo(ctx.describe(role.members[0]!), name);
    return { heldBy: null, holderKind: 'role', holderDetail: `${name} held by ${role.members.length} accounts` };
  }
  return undefined;
}

function holderFor(name: PrivilegeName, ctx: PrivilegeContext): Holder {
  if (name === 'upgrade' && ctx.proxy) {
    const p = ctx.proxy;
    if (p.standard === 'eip1967-transparent') {
      const admin = p.adminOwner ?? (p.admin ? ctx.describe(p.admin) : undefined);
      const held = fromInfo(admin, p.adminOwner ? 'ProxyAdmin owner' : 'proxy admin');
      if (held) return held;
    }
    if (p.standard === 'eip1967-beacon') {
      const held = fromInfo(ctx.beaconOwner, 'beacon owner');
      if (held) return held;
    }
  }
  const named = ctx.named?.get(name);
  if (name === 'authorize' && !named && ctx.wardCount) return { heldBy: null, holderKind: 'role', holderDetail: `held by ${ctx.wardCount} wards` };
  if (named) return fromInfo(ctx.describe(named.address) ?? { address: named.address, kind: 'unknown' }, named.via)!;
  if (ctx.rolesError) return { heldBy: null, holderKind: 'unknown', holderDetail: `roles unknown: ${ctx.rolesError}` };
  return fromRole(ctx, ROLES_FOR[name]) ?? fromInfo(ctx.owner) ?? fromRole(ctx, ['DEFAULT_ADMIN_ROLE']) ?? { heldBy: null, holderKind: 'unknown' };
}

/**
 * Privileges present in the bytecode (token and, for a proxy, its implementation), each with
 * who can use it. A proxy can always be upgraded by its admin, selector or not.
 */
export function privilegesFrom(ctx: PrivilegeContext): Privilege[] {
  const found = new Map<PrivilegeName, Hex[]>();
  for (const k of PRIVILEGE_SELECTORS) {
    if (!ctx.selectors.has(k.selector)) continue;
    // ERC20Burnable pairs burnFrom with burn(uint256) and spends an allowance: no privilege.
    if (k.signature === 'burnFrom(address,uint256)' && ctx.selectors.has(MARKER_SELECTORS.burnOwn.selector)) continue;
    found.set(k.privilege, [...(found.get(k.privilege) ?? []), k.selector]);
  }
  if (ctx.proxy && !found.has('upgrade')) found.set('upgrade', []);
  return [...found].map(([name, selectors]) => ({ name, selectors, ...holderFor(name, ctx) }));
}
