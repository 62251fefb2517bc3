/**
 * Every power attributed to its real holder, on Anvil, for tokens reproducing how FiatToken,
 * lock/unlock reflection tokens, DSAuth/DSToken and Tether name their power holders. Each holder
 * and figure must equal what the token's own getters say at the block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAbi, parseEther, type Address } from 'viem';
import { analyzeToken } from '../../../lib/analysis/analyzeToken';
import { createChainClient } from '../../../lib/chain/createClient';
import { assess } from '../../../lib/risk/index';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { accounts, clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { abiOf, deployNamed, send } from '../../support/scenarios/tx';
import { deploySafe, deploySafeInfra } from '../../support/scenarios/safe';

const [a0, a1, a2, a3, a4, a5, a6] = accounts.map((a) => a.address);

describe('power holders as each token family names them', () => {
  let node: AnvilNode;
  let c: Clients;
  const client = () => createChainClient({ rpcUrl: node.rpcUrl });
  let safe: Address;

  beforeAll(async () => {
    node = await startAnvil();
    c = clientsFor(node);
    await installMulticall3(c);
    const infra = await deploySafeInfra(c);
    safe = await deploySafe(c, infra, [a3, a4, a5], 2);
  });
  afterAll(() => node?.stop());

  it('FiatToken: pauser, blacklister and masterMinter hold their powers, not the owner; minters with allowances', async () => {
    const token = await deployNamed(c, 'FiatRolesToken', [a1, a2, safe, a6]);
    const abi = abiOf('FiatRolesToken');
    // The Safe is the master minter: configure from it by impersonation (its owners would sign).
    await c.test.impersonateAccount({ address: safe });
    await c.test.setBalance({ address: safe, value: parseEther('1') });
    const asSafe = async (functionName: 'configureMinter' | 'removeMinter', args: readonly unknown[]) => {
      const hash = await c.wallet.writeContract({ address: token, abi, functionName, args, account: safe, chain: c.chain } as never);
      await c.public.waitForTransactionReceipt({ hash });
    };
    await asSafe('configureMinter', [a4, parseEther('1000000')]);
    await asSafe('configureMinter', [a5, parseEther('500')]);
    await asSafe('removeMinter', [a5]);
    await send(c, { address: token, abi, functionName: 'mint', args: [a1, parseEther('250')], account: accounts[4] });
    const r = await analyzeToken(client(), { address: token });
    const ctl = r.control!;
    const held = Object.fromEntries(ctl.privileges.map((p) => [p.name, p]));
    expect(held.pause).toMatchObject({ heldBy: a1, holderKind: 'eoa', holderDetail: 'pauser(): EOA (one private key)' });
    expect(held.blacklist).toMatchObject({ heldBy: a2, holderKind: 'eoa' });
    expect(held.mint).toMatchObject({ heldBy: safe, holderKind: 'safe', holderDetail: 'masterMinter(): Safe 2-of-3' });
    const allowance = await c.public.readContract({
      address: token,
      abi: parseAbi(['function minterAllowance(address) view returns (uint256)']),
      functionName: 'minterAllowance',
      args: [a4],
    });
    expect(ctl.minters).toEqual([{ holder: { address: a4, kind: 'eoa' }, allowance: allowance.toString() }]);
    expect(ctl.namedHolders?.map((n) => [n.getter, n.holder.address])).toEqual([
      ['pauser()', a1],
      ['blacklister()', a2],
      ['masterMinter()', safe],
      ['rescuer()', a6],
    ]);
  });

  it('lock/unlock: owner() is zero but the previous owner can take it back at the unlock time — not "renounced"', async () => {
    const token = await deployNamed(c, 'LockUnlockToken', [parseEther('1000')]);
    await send(c, { address: token, abi: abiOf('LockUnlockToken'), functionName: 'lock', args: [7n * 86_400n] });
    const r = await analyzeToken(client(), { address: token });
    const unlock = await c.public.readContract({
      address: token,
      abi: parseAbi(['function getUnlockTime() view returns (uint256)']),
      functionName: 'getUnlockTime',
    });
    expect(r.control!.owner.kind).toBe('renounced');
    expect(r.control!.takeBack).toEqual([
      { who: a0, how: 'lock/unlock: the owner who locked the contract can call unlock() and become owner again', after: Number(unlock) },
    ]);
    expect(r.control!.activeFees).toEqual([{ getter: '_taxFee()', value: '5' }]);
    const a = assess(r);
    expect(a.findings.map((f) => f.ruleId)).not.toContain('control.renounced');
    expect(a.findings.find((f) => f.ruleId === 'control.take-back')).toMatchObject({ severity: 'caution' });
    expect(a.verdict).not.toBe('ok');
  });

  it('lock/unlock in the bytecode is a privilege of the owner who locked it', async () => {
    const token = await deployNamed(c, 'LockUnlockToken', [parseEther('1000')]);
    await send(c, { address: token, abi: abiOf('LockUnlockToken'), functionName: 'lock', args: [86_400n] });
    const r = await analyzeToken(client(), { address: token });
    expect(r.control!.privileges.find((p) => p.name === 'ownerLock')).toMatchObject({
      selectors: ['0xdd467064', '0xa69df4b5'],
      heldBy: a0,
      holderKind: 'eoa',
      holderDetail: 'lock/unlock previous owner: EOA (one private key)',
    });
  });

  it('DSS wards: rely/deny in the bytecode is a critical privilege of the wards, one ward or several', async () => {
    const token = await deployNamed(c, 'WardsToken', [parseEther('1000')]);
    let r = await analyzeToken(client(), { address: token });
    const authorize = r.control!.privileges.find((p) => p.name === 'authorize')!;
    expect(authorize).toMatchObject({
      selectors: ['0x65fae35e', '0x9c52a7f1'],
      heldBy: a0,
      holderKind: 'eoa',
      holderDetail: 'wards(): EOA (one private key)',
    });
    expect(r.control!.privileges.find((p) => p.name === 'mint')).toMatchObject({ selectors: ['0x40c10f19'] });
    const a = assess(r);
    expect(a.verdict).toBe('danger');
    expect(a.findings.find((f) => f.ruleId === 'control.eoa-critical')!.evidence).toContainEqual(
      expect.objectContaining({ kind: 'address', address: a0, label: expect.stringContaining('add or remove wards') }),
    );

    await send(c, { address: token, abi: abiOf('WardsToken'), functionName: 'rely', args: [safe] });
    r = await analyzeToken(client(), { address: token });
    expect(r.control!.privileges.find((p) => p.name === 'authorize')).toEqual({
      name: 'authorize',
      selectors: ['0x65fae35e', '0x9c52a7f1'],
      heldBy: null,
      holderKind: 'role',
      holderDetail: 'held by 2 wards',
    });
  });

  it('DSAuth: an authority can allow others; DSStop stop() is pause', async () => {
    const token = await deployNamed(c, 'DSAuthToken');
    const abi = abiOf('DSAuthToken');
    await send(c, { address: token, abi, functionName: 'setAuthority', args: [safe] });
    await send(c, { address: token, abi, functionName: 'setOwner', args: ['0x0000000000000000000000000000000000000000'] });
    const r = await analyzeToken(client(), { address: token });
    expect(r.control!.owner.kind).toBe('renounced');
    expect(r.control!.privileges.map((p) => p.name).sort()).toEqual(['mint', 'pause']);
    expect(r.control!.takeBack?.[0]).toMatchObject({ who: safe });
    expect(assess(r).findings.map((f) => f.ruleId)).toContain('control.take-back');
  });

  it('Tether: deprecate(address) is an upgrade; the active fee is read', async () => {
    const token = await deployNamed(c, 'DeprecatableToken', [parseEther('1000')]);
    const abi = abiOf('DeprecatableToken');
    await send(c, { address: token, abi, functionName: 'setParams', args: [10n, 20n] });
    const r = await analyzeToken(client(), { address: token });
    const upgrade = r.control!.privileges.find((p) => p.name === 'upgrade')!;
    expect(upgrade).toMatchObject({ heldBy: a0, holderKind: 'eoa', selectors: ['0x0753c30c'] });
    expect(r.control!.activeFees).toEqual([
      { getter: 'basisPointsRate()', value: '10' },
      { getter: 'maximumFee()', value: parseEther('20').toString() },
    ]);
    expect(r.control!.deprecated).toBeUndefined();
    await send(c, { address: token, abi, functionName: 'deprecate', args: [a6] });
    const after = await analyzeToken(client(), { address: token });
    expect(after.control!.deprecated).toEqual({ upgradedAddress: a6 });
  });
});
