import { getAddress, zeroAddress } from 'viem';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readControl } from '../../../lib/chain/control/readControl';
import type { ControlSection, PrivilegeName } from '../../../lib/report/types';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { deployOwnedScenario, TIMELOCK_DELAY, type OwnedScenario } from '../../support/scenarios/owned';
import { deployProxyScenario, type ProxyScenario } from '../../support/scenarios/proxies';
import { deploySafeOwnedScenario, type SafeScenario } from '../../support/scenarios/safe';

let node: AnvilNode;
let c: Clients;
let owned: OwnedScenario;
let proxies: ProxyScenario;
let safe: SafeScenario;
let block: bigint;

beforeAll(async () => {
  node = await startAnvil();
  c = clientsFor(node);
  await installMulticall3(c);
  owned = await deployOwnedScenario(c);
  proxies = await deployProxyScenario(c);
  safe = await deploySafeOwnedScenario(c);
  block = await c.public.getBlockNumber({ cacheTime: 0 });
});
afterAll(() => node?.stop());

const read = (address: `0x${string}`) => readControl(c.public, { address, blockNumber: block });
const names = (s: ControlSection) => s.privileges.map((p) => p.name).sort();
const privilege = (s: ControlSection, name: PrivilegeName) => s.privileges.find((p) => p.name === name)!;

describe('readControl on real contracts', () => {
  it('Ownable token: mint, pause and blacklist held by one EOA', async () => {
    const s = await read(owned.ownedToken);
    expect(s.owner).toEqual({ address: owned.owner, kind: 'eoa' });
    expect(s.proxy).toBeUndefined();
    expect(names(s)).toEqual(['blacklist', 'mint', 'pause']);
    for (const p of s.privileges) {
      expect(p).toMatchObject({ heldBy: owned.owner, holderKind: 'eoa' });
      expect(p.selectors.length).toBeGreaterThan(0);
    }
    expect(privilege(s, 'mint').selectors).toEqual(['0x40c10f19']);
  });

  it('token owned by a 2-of-3 Safe', async () => {
    const s = await read(safe.token);
    expect(s.owner.kind).toBe('safe');
    expect(s.owner.address).toBe(safe.safe);
    expect(s.owner.safe).toEqual({ threshold: 2, owners: safe.owners.map((o) => getAddress(o)) });
    expect(privilege(s, 'mint')).toMatchObject({ heldBy: safe.safe, holderKind: 'safe', holderDetail: 'Safe 2-of-3' });
  });

  it('token owned by a TimelockController: kind timelock with its min delay', async () => {
    const s = await read(owned.timelockOwnedToken);
    expect(s.owner).toEqual({ address: owned.timelock, kind: 'timelock', timelock: { minDelay: TIMELOCK_DELAY } });
    expect(privilege(s, 'pause')).toMatchObject({ holderKind: 'timelock', holderDetail: 'Timelock 2 d' });
  });

  it('renounced owner: privileges held by nobody; setFee, setMaxTx and owner burn found', async () => {
    const s = await read(owned.renouncedToken);
    expect(s.owner).toEqual({ address: zeroAddress, kind: 'renounced' });
    expect(names(s)).toEqual(['ownerBurn', 'setFee', 'setMaxTx']);
    for (const p of s.privileges) expect(p.holderKind).toBe('renounced');
  });

  it('AccessControl token: roles from logs, mint held by the MINTER_ROLE member', async () => {
    const s = await read(owned.rolesToken);
    expect(s.owner.kind).toBe('none');
    const minterRole = s.roles?.find((r) => r.name === 'MINTER_ROLE');
    expect(minterRole?.members).toEqual([owned.minter]);
    expect(s.roles?.find((r) => r.name === 'DEFAULT_ADMIN_ROLE')?.members).toEqual([owned.owner]);
    expect(privilege(s, 'mint')).toMatchObject({ heldBy: owned.minter, holderKind: 'eoa' });
    expect(privilege(s, 'mint').holderDetail).toContain('MINTER_ROLE');
  });

  it('transparent proxy: admin is a ProxyAdmin contract, upgrades held by its EOA owner', async () => {
    const s = await read(proxies.transparent);
    expect(s.proxy).toMatchObject({
      standard: 'eip1967-transparent',
      implementation: proxies.transparentImplementation,
      admin: proxies.proxyAdmin,
      adminKind: 'contract',
      adminOwner: { address: proxies.adminOwner, kind: 'eoa' },
    });
    expect(s.owner).toEqual({ address: proxies.tokenOwner, kind: 'eoa' });
    expect(privilege(s, 'upgrade')).toMatchObject({ heldBy: proxies.adminOwner, holderKind: 'eoa' });
    // mint lives in the implementation's code, reached through the proxy
    expect(privilege(s, 'mint')).toMatchObject({ heldBy: proxies.tokenOwner });
  });

  it('UUPS proxy: no admin, upgrades authorised by the implementation owner', async () => {
    const s = await read(proxies.uups);
    expect(s.proxy).toEqual({ standard: 'eip1967-uups', implementation: proxies.uupsImplementation });
    expect(privilege(s, 'upgrade')).toMatchObject({ heldBy: proxies.tokenOwner, holderKind: 'eoa' });
    expect(privilege(s, 'upgrade').selectors).toContain('0x4f1ef286');
  });

  it('beacon proxy: implementation from the beacon, upgrades held by the beacon owner', async () => {
    const s = await read(proxies.beaconProxy);
    expect(s.proxy).toEqual({ standard: 'eip1967-beacon', implementation: proxies.transparentImplementation, beacon: proxies.beacon });
    expect(privilege(s, 'upgrade')).toMatchObject({ heldBy: proxies.beaconOwner, holderKind: 'eoa', selectors: [] });
    expect(privilege(s, 'upgrade').holderDetail).toContain('beacon owner');
  });

  it('ZeppelinOS-layout proxy (USDC style): upgrades held by the admin EOA, not by the token owner', async () => {
    const s = await read(proxies.legacyProxy);
    expect(s.proxy).toEqual({
      standard: 'eip1967-transparent',
      layout: 'zeppelinos',
      implementation: proxies.transparentImplementation,
      admin: proxies.legacyAdmin,
      adminKind: 'eoa',
    });
    // The real FiatTokenProxy exposes both upgrade functions of ZeppelinOS's AdminUpgradeabilityProxy.
    expect(privilege(s, 'upgrade')).toMatchObject({ heldBy: proxies.legacyAdmin, holderKind: 'eoa', selectors: ['0x3659cfe6', '0x4f1ef286'] });
    expect(privilege(s, 'mint')).toMatchObject({ heldBy: proxies.tokenOwner });
  });

  it('an address without code is a typed error', async () => {
    await expect(read('0x000000000000000000000000000000000000bEEF')).rejects.toThrow(/not a contract/);
  });

  it('reads at the pinned block, not the latest', async () => {
    const before = await c.public.getBlockNumber({ cacheTime: 0 });
    const { send } = await import('../../support/scenarios/tx');
    const { parseAbi } = await import('viem');
    await send(c, { address: owned.ownedToken, abi: parseAbi(['function renounceOwnership()']), functionName: 'renounceOwnership' });
    expect((await readControl(c.public, { address: owned.ownedToken, blockNumber: before })).owner.kind).toBe('eoa');
    expect((await readControl(c.public, { address: owned.ownedToken, blockNumber: before + 1n })).owner.kind).toBe('renounced');
  });
});
