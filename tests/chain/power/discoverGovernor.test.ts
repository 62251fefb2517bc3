/**
 * A Governor + Timelock token no registry lists: analyzeToken walks from the token's owner or
 * minter to the timelock and on to the governor whose voting token is this token, and reports
 * governance as if the governor had been given.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAddress, getContractAddress, keccak256, parseAbi, parseEther, stringToHex, zeroAddress, type Address } from 'viem';
import { analyzeToken } from '../../../lib/analysis/analyzeToken';
import { createChainClient } from '../../../lib/chain/createClient';
import { discoverGovernor } from '../../../lib/chain/governance/discoverGovernor';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { accounts, clientsFor, deployArtifact, installMulticall3, type Clients } from '../../support/chain';
import { loadMainnetContracts } from '../../support/compileMainnet';
import { abiOf, deployNamed, send } from '../../support/scenarios/tx';

const e = (n: number) => parseEther(String(n));

describe('finding the governor without the registry', () => {
  let node: AnvilNode;
  let c: Clients;
  const client = () => createChainClient({ rpcUrl: node.rpcUrl });
  let oz: { token: Address; timelock: Address; governor: Address };
  let bravo: { token: Address; timelock: Address; governor: Address };
  let plain: Address;

  beforeAll(async () => {
    node = await startAnvil();
    c = clientsFor(node);
    await installMulticall3(c);
    const deployer = accounts[0];
    // OpenZeppelin: token owner → TimelockController → PROPOSER_ROLE → Governor.
    const token = await deployNamed(c, 'OwnedVotesToken', [e(1_000_000)]);
    const timelock = await deployNamed(c, 'GovTimelock', [3600n, [], [zeroAddress], deployer.address]);
    const governor = await deployNamed(c, 'WhaleGovernor', [token, timelock, 1, 50, e(10_000), 4n]);
    const tl = parseAbi(['function grantRole(bytes32,address)']);
    // A proposer that is not the governor, then the governor.
    await send(c, { address: timelock, abi: tl, functionName: 'grantRole', args: [keccak256(stringToHex('PROPOSER_ROLE')), accounts[7].address] });
    await send(c, { address: timelock, abi: tl, functionName: 'grantRole', args: [keccak256(stringToHex('PROPOSER_ROLE')), governor] });
    const abi = abiOf('OwnedVotesToken');
    await send(c, { address: token, abi, functionName: 'transfer', args: [accounts[1].address, e(100_000)] });
    await send(c, { address: token, abi, functionName: 'delegate', args: [accounts[1].address], account: accounts[1] });
    await send(c, { address: token, abi, functionName: 'transfer', args: [timelock, e(600_000)] });
    await send(c, { address: token, abi, functionName: 'transferOwnership', args: [timelock] });
    oz = { token, timelock, governor };

    // Compound/Uniswap: token minter() → Compound's Timelock → admin() → GovernorBravoDelegator (Compound's own code).
    const k = loadMainnetContracts('compound');
    const nonce = await c.public.getTransactionCount({ address: deployer.address });
    const bravoGovernor = getAddress(getContractAddress({ from: deployer.address, nonce: BigInt(nonce + 3) }));
    const bravoTimelock = getAddress(await deployArtifact(c, k.Timelock!, [bravoGovernor, BigInt(2 * 86_400)]));
    const bravoToken = await deployNamed(c, 'MinterVotesToken', [e(10_000_000), bravoTimelock, 0n]);
    const implementation = await deployArtifact(c, k.GovernorBravoDelegate!);
    const deployed = getAddress(
      await deployArtifact(c, k.GovernorBravoDelegator!, [bravoTimelock, bravoToken, deployer.address, implementation, 19_710n, 13_140n, e(50_000)]),
    );
    expect(deployed).toBe(bravoGovernor);
    bravo = { token: bravoToken, timelock: bravoTimelock, governor: bravoGovernor };

    plain = await deployNamed(c, 'CoreToken', ['Plain', 'PLN', e(1000)]);
  });
  afterAll(() => node?.stop());

  it('OpenZeppelin: owner → TimelockController proposers → Governor voting this token', async () => {
    const head = await c.public.getBlockNumber({ cacheTime: 0 });
    expect(await discoverGovernor(client(), { token: oz.token, blockNumber: head })).toEqual({
      governor: oz.governor,
      via: 'owner',
      path: [oz.timelock, oz.governor],
    });
    const r = await analyzeToken(client(), { address: oz.token });
    expect(r.governance).toMatchObject({
      governor: oz.governor,
      standard: 'oz-governor',
      token: oz.token,
      timelock: oz.timelock,
      timelockDelay: 3600,
      thresholdComparison: '>=',
      discovered: { via: 'owner', path: [oz.timelock, oz.governor] },
    });
    expect(r.sources.find((s) => s.section === 'governance')).toEqual({ section: 'governance', source: 'rpc', ok: true });
    expect(r.governance!.quorum).toBe(e(40_000).toString());
    // The timelock's 60% is the DAO treasury (known by its interface), not circulating and not an insider's.
    expect(r.holders!.top.find((h) => h.address === oz.timelock)).toMatchObject({ kind: 'timelock', excludedAs: 'treasury' });
    const { assess } = await import('../../../lib/risk/index');
    const a = assess(r);
    expect(a.findings.map((f) => f.ruleId)).not.toContain('whales.insider');
    // The deployer's 300k of the 400k circulating is the whale; the treasury is not.
    expect(a.findings.find((f) => f.ruleId === 'whales.top1')!.evidence[0]).toMatchObject({ address: accounts[0].address });
  });

  it('Compound/Uniswap: minter → Compound Timelock admin() → Bravo governor voting this token', async () => {
    const head = await c.public.getBlockNumber({ cacheTime: 0 });
    expect(await discoverGovernor(client(), { token: bravo.token, blockNumber: head })).toEqual({
      governor: bravo.governor,
      via: 'minter',
      path: [bravo.timelock, bravo.governor],
    });
    const r = await analyzeToken(client(), { address: bravo.token });
    expect(r.governance).toMatchObject({ governor: bravo.governor, standard: 'governor-bravo', thresholdComparison: '>', timelockDelay: 2 * 86_400 });
  });

  it('AccessControl: DEFAULT_ADMIN_ROLE holder (re-checked with hasRole) → TimelockController proposers → Governor', async () => {
    const deployer = accounts[0];
    const token = await deployNamed(c, 'RoleVotesToken', [e(1_000_000)]);
    const timelock = await deployNamed(c, 'GovTimelock', [3600n, [], [zeroAddress], deployer.address]);
    const governor = await deployNamed(c, 'WhaleGovernor', [token, timelock, 1, 50, e(10_000), 4n]);
    const tl = parseAbi(['function grantRole(bytes32,address)']);
    await send(c, { address: timelock, abi: tl, functionName: 'grantRole', args: [keccak256(stringToHex('PROPOSER_ROLE')), governor] });
    const roles = parseAbi(['function grantRole(bytes32,address)', 'function renounceRole(bytes32,address)']);
    const admin = `0x${'0'.repeat(64)}` as const;
    // A former admin that renounced is not a start; the timelock is.
    await send(c, { address: token, abi: roles, functionName: 'grantRole', args: [admin, accounts[6].address] });
    await send(c, { address: token, abi: roles, functionName: 'renounceRole', args: [admin, accounts[6].address], account: accounts[6] });
    await send(c, { address: token, abi: roles, functionName: 'grantRole', args: [admin, timelock] });
    await send(c, { address: token, abi: roles, functionName: 'renounceRole', args: [admin, deployer.address] });
    const head = await c.public.getBlockNumber({ cacheTime: 0 });
    expect(await discoverGovernor(client(), { token, blockNumber: head })).toEqual({ governor, via: 'admin-role', path: [timelock, governor] });
    const r = await analyzeToken(client(), { address: token });
    expect(r.governance).toMatchObject({
      governor,
      standard: 'oz-governor',
      timelock,
      discovered: { via: 'admin-role', path: [timelock, governor] },
    });
  });

  it('a token with no path to a governor gets no governance section and no failed source', async () => {
    const r = await analyzeToken(client(), { address: plain });
    expect(r.governance).toBeUndefined();
    expect(r.sources.some((s) => s.section === 'governance')).toBe(false);
  });
});

describe('a votes token without any governor', () => {
  let node: AnvilNode;
  let c: Clients;
  afterAll(() => node?.stop());

  it('still gets its delegated voting power from DelegateVotesChanged, re-read with the token getter', async () => {
    node = await startAnvil();
    c = clientsFor(node);
    await installMulticall3(c);
    const token = await deployNamed(c, 'CompLikeToken', [e(1_000_000)]);
    const abi = abiOf('CompLikeToken');
    for (const [i, amount] of [
      [1, 300_000],
      [2, 200_000],
      [3, 100_000],
    ] as const) {
      await send(c, { address: token, abi, functionName: 'transfer', args: [accounts[i].address, e(amount)] });
      await send(c, { address: token, abi, functionName: 'delegate', args: [accounts[i].address], account: accounts[i] });
    }
    await send(c, { address: token, abi, functionName: 'delegate', args: [accounts[1].address], account: accounts[4] }); // no balance: no votes move
    const r = await analyzeToken(createChainClient({ rpcUrl: node.rpcUrl }), { address: token });
    expect(r.governance).toBeUndefined();
    const d = r.delegation!;
    expect(d).toMatchObject({ token, getter: 'getVotes', delegatedShare: 0.6 });
    expect(d.votingPower).toMatchObject({ delegates: 3, total: e(600_000).toString(), nakamoto: 2, verifiedOnChain: true });
    for (const row of d.votingPower.top) {
      const onChain = await c.public.readContract({
        address: token,
        abi: parseAbi(['function getVotes(address) view returns (uint256)']),
        functionName: 'getVotes',
        args: [row.address],
      });
      expect(BigInt(row.votes)).toBe(onChain);
    }
    expect(r.sources.find((s) => s.section === 'delegation')).toEqual({ section: 'delegation', source: 'rpc', ok: true });
  });
});
