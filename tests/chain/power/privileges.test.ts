import { describe, expect, it } from 'vitest';
import { privilegesFrom, type PrivilegeContext } from '../../../lib/chain/control/privileges';
import { formatDelay } from '../../../lib/chain/control/describeAddresses';
import type { Address, Hex, OwnerInfo } from '../../../lib/report/types';

const A = '0x1111111111111111111111111111111111111111' as Address;
const B = '0x2222222222222222222222222222222222222222' as Address;
const SAFE = '0x3333333333333333333333333333333333333333' as Address;
const infos: Record<string, OwnerInfo> = {
  [A]: { address: A, kind: 'eoa' },
  [B]: { address: B, kind: 'eoa' },
  [SAFE]: { address: SAFE, kind: 'safe', safe: { threshold: 3, owners: [A, B, A] } },
};

function ctx(selectors: string[], extra: Partial<PrivilegeContext> = {}): PrivilegeContext {
  return {
    selectors: new Set(selectors as Hex[]),
    owner: { address: null, kind: 'none' },
    roles: [],
    describe: (a) => infos[a],
    ...extra,
  };
}

describe('privilegesFrom', () => {
  it('burnFrom next to burn(uint256) is ERC20Burnable (allowance-based), not an owner burn', () => {
    expect(privilegesFrom(ctx(['0x79cc6790', '0x42966c68']))).toEqual([]);
    expect(privilegesFrom(ctx(['0x79cc6790'])).map((p) => p.name)).toEqual(['ownerBurn']);
  });

  it('a role with several members is held by "role", one member by that member', () => {
    const roles = [
      { role: '0x01' as Hex, name: 'MINTER_ROLE', members: [A, B] },
      { role: '0x02' as Hex, name: 'PAUSER_ROLE', members: [SAFE] },
    ];
    const [mint, pause] = privilegesFrom(ctx(['0x40c10f19', '0x8456cb59'], { roles }));
    expect(mint).toMatchObject({ name: 'mint', heldBy: null, holderKind: 'role', holderDetail: 'MINTER_ROLE held by 2 accounts' });
    expect(pause).toMatchObject({ name: 'pause', heldBy: SAFE, holderKind: 'safe', holderDetail: 'PAUSER_ROLE: Safe 3-of-3' });
  });

  it('without a specific role, the owner holds it; without an owner, the default admin', () => {
    const owned = privilegesFrom(ctx(['0x40c10f19'], { owner: infos[A]! }));
    expect(owned[0]).toMatchObject({ heldBy: A, holderKind: 'eoa' });
    const admin = privilegesFrom(ctx(['0x40c10f19'], { roles: [{ role: `0x${'0'.repeat(64)}`, name: 'DEFAULT_ADMIN_ROLE', members: [B] }] }));
    expect(admin[0]).toMatchObject({ heldBy: B, holderKind: 'eoa' });
    expect(privilegesFrom(ctx(['0x40c10f19']))[0]).toMatchObject({ heldBy: null, holderKind: 'unknown' });
  });

  it('a proxy is always upgradeable by its admin, even without an upgrade selector in the code', () => {
    const [upgrade] = privilegesFrom(
      ctx([], {
        proxy: { standard: 'eip1967-transparent', implementation: B, admin: SAFE, adminKind: 'safe' },
      }),
    );
    expect(upgrade).toMatchObject({ name: 'upgrade', selectors: [], heldBy: SAFE, holderKind: 'safe', holderDetail: 'proxy admin: Safe 3-of-3' });
  });

  it('formats delays for people', () => {
    expect(formatDelay(172_800)).toBe('2 d');
    expect(formatDelay(3600)).toBe('1 h');
    expect(formatDelay(90)).toBe('1.5 min');
    expect(formatDelay(0)).toBe('0 s');
  });
});

describe('privilegesFrom when roles could not be read', () => {
  it('leaves the holder unknown instead of guessing the owner', () => {
    const [mint] = privilegesFrom(ctx(['0x40c10f19'], { owner: infos[A]!, rolesError: 'log range too large' }));
    expect(mint).toMatchObject({ heldBy: null, holderKind: 'unknown', holderDetail: 'roles unknown: log range too large' });
  });
});
