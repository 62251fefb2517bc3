/**
 * The unmodified mainnet sources (../shared/contracts beside the project), compiled with their own compilers:
 * COMP + GovernorBravoDelegator/Delegate + Compound Timelock, and USDC (FiatTokenProxy over
 * FiatTokenV2_2 with SignatureChecker linked, MasterMinter). Every figure in the Report must
 * equal what the contracts' own getters say at the block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAddress, getContractAddress, parseEther, parseUnits, type Abi, type Address, type Hex } from 'viem';
import { analyzeToken } from '../../../lib/analysis/analyzeToken';
import { createChainClient } from '../../../lib/chain/createClient';
import { startAnvil, type AnvilNode } from '../../support/anvil';
import { accounts, clientsFor, installMulticall3, type Clients } from '../../support/chain';
import { linkBytecode, loadMainnetContracts, type MainnetArtifact } from '../../support/compileMainnet';

const [a0, a1, a2, a3, a4, a5, a6, , , a9] = accounts.map((a) => a.address);

describe('real mainnet contracts on Anvil', () => {
  let node: AnvilNode;
  let c: Clients;
  const client = () => createChainClient({ rpcUrl: node.rpcUrl });

  async function deploy(art: MainnetArtifact, args: readonly unknown[] = [], from = accounts[0], bytecode: Hex = art.bytecode): Promise<Address> {
    const hash = await c.wallet.deployContract({ abi: art.abi, bytecode, args, account: from, chain: c.chain });
    const receipt = await c.public.waitForTransactionReceipt({ hash });
    if (receipt.status !== 'success' || !receipt.contractAddress) throw new Error('deployment failed');
    return getAddress(receipt.contractAddress);
  }
  async function call(address: Address, abi: Abi, functionName: string, args: readonly unknown[] = [], from = accounts[0]) {
    const hash = await c.wallet.writeContract({ address, abi, functionName, args, account: from, chain: c.chain } as never);
    const receipt = await c.public.waitForTransactionReceipt({ hash });
    if (receipt.status !== 'success') throw new Error(`${functionName} reverted`);
  }
  const read = <T>(address: Address, abi: Abi, functionName: string, args: readonly unknown[] = [], blockNumber?: bigint) =>
    c.public.readContract({ address, abi, functionName, args, blockNumber } as never) as Promise<T>;

  beforeAll(async () => {
    node = await startAnvil();
    c = clientsFor(node);
    await installMulticall3(c);
  }, 600_000);
  afterAll(() => node?.stop());

  describe('COMP + Governor Bravo + Timelock', () => {
    const compound = () => loadMainnetContracts('compound');
    let comp: Address;
    let timelock: Address;
    let governor: Address;
    const THRESHOLD = parseEther('65000');

    beforeAll(async () => {
      const k = compound();
      comp = await deploy(k.Comp!, [a0]);
      const nonce = await c.public.getTransactionCount({ address: a0 });
      // Timelock, then the Delegate, then the Delegator (the governor the timelock answers to).
      governor = getAddress(getContractAddress({ from: a0, nonce: BigInt(nonce + 2) }));
      timelock = await deploy(k.Timelock!, [governor, 2n * 86_400n]);
      const delegate = await deploy(k.GovernorBravoDelegate!);
      const deployed = await deploy(k.GovernorBravoDelegator!, [timelock, comp, a0, delegate, 5760n, 1n, THRESHOLD]);
      expect(deployed.toLowerCase()).toBe(governor.toLowerCase());
      governor = deployed;
      // a1 sits exactly at the threshold (Bravo needs strictly more), a2 above, a3 small.
      for (const [who, amount] of [
        [accounts[1], '65000'],
        [accounts[2], '300000'],
        [accounts[3], '200000'],
      ] as const) {
        await call(comp, k.Comp!.abi, 'transfer', [who.address, parseEther(amount)]);
        await call(comp, k.Comp!.abi, 'delegate', [who.address], who);
      }
      await c.test.mine({ blocks: 1 });
    }, 600_000);

    it('quorum, threshold, delay and delegate counts equal the contracts’ getters; threshold compared strictly', async () => {
      const k = compound();
      const r = await analyzeToken(client(), { address: comp, governor });
      const at = BigInt(r.block.number);
      const g = r.governance!;
      const quorum = await read<bigint>(governor, k.GovernorBravoDelegate!.abi, 'quorumVotes', [], at);
      const threshold = await read<bigint>(governor, k.GovernorBravoDelegate!.abi, 'proposalThreshold', [], at);
      const delay = await read<bigint>(timelock, k.Timelock!.abi, 'delay', [], at);
      expect(g).toMatchObject({
        standard: 'governor-bravo',
        token: comp,
        quorum: quorum.toString(),
        proposalThreshold: threshold.toString(),
        timelock,
        timelockDelay: Number(delay),
        thresholdComparison: '>',
      });
      for (const d of g.votingPower.top) {
        expect(d.votes).toBe((await read<bigint>(comp, k.Comp!.abi, 'getCurrentVotes', [d.address], at)).toString());
      }
      // 300k alone is above 65k; quorum 400k needs 300k + 200k.
      expect(g.votingPower.delegatesToThreshold).toBe(1);
      expect(g.votingPower.delegatesToQuorum).toBe(2);
      // The delegate at exactly 65,000 cannot propose under Bravo's `>`.
      const atThreshold = g.votingPower.top.find((d) => d.address === a1)!;
      expect(BigInt(atThreshold.votes)).toBe(threshold);
      // COMP's constructor Transfer gives every holder: all balances seen and equal balanceOf.
      expect(r.holders!.complete).toBe(true);
      for (const h of r.holders!.top) expect(h.balance).toBe((await read<bigint>(comp, k.Comp!.abi, 'balanceOf', [h.address], at)).toString());
      // The Compound Timelock is recognised by its interface.
      expect(r.control!.owner.kind).toBe('none');
    });

    it('without the governor, COMP still gets delegated power from DelegateVotesChanged, re-read with getCurrentVotes', async () => {
      const r = await analyzeToken(client(), { address: comp });
      expect(r.governance).toBeUndefined();
      expect(r.delegation).toMatchObject({
        getter: 'getCurrentVotes',
        votingPower: { delegates: 3, total: parseEther('565000').toString(), verifiedOnChain: true },
      });
    });
  });

  describe('USDC: FiatTokenProxy + FiatTokenV2_2 + MasterMinter', () => {
    const centre = () => loadMainnetContracts('centre');
    let proxy: Address;
    let masterMinter: Address;

    beforeAll(async () => {
      const k = centre();
      const checker = await deploy(k.SignatureChecker!);
      const impl = await deploy(k.FiatTokenV2_2!, [], accounts[0], linkBytecode(k.FiatTokenV2_2!, { SignatureChecker: checker }));
      proxy = await deploy(k.FiatTokenProxy!, [impl], accounts[9]);
      masterMinter = await deploy(k.MasterMinter!, [proxy]);
      const fiat = k.FiatTokenV2_2!.abi;
      await call(proxy, fiat, 'initialize', ['USD Coin', 'USDC', 'USD', 6, masterMinter, a1, a2, a3]);
      await call(proxy, fiat, 'initializeV2', ['USD Coin']);
      await call(proxy, fiat, 'initializeV2_1', [a3]);
      await call(proxy, fiat, 'initializeV2_2', [[], 'USDC']);
      await call(proxy, fiat, 'updateRescuer', [a6], accounts[3]);
      await call(masterMinter, k.MasterMinter!.abi, 'configureController', [a4, a5]);
      await call(masterMinter, k.MasterMinter!.abi, 'configureMinter', [parseUnits('1000000', 6)], accounts[4]);
      await call(proxy, fiat, 'mint', [a6, parseUnits('1500', 6)], accounts[5]);
      await call(proxy, fiat, 'transfer', [a1, parseUnits('500', 6)], accounts[6]);
    }, 600_000);

    it('names the ZeppelinOS proxy and each role holder as the token’s getters say', async () => {
      const fiat = centre().FiatTokenV2_2!.abi;
      const r = await analyzeToken(client(), { address: proxy });
      const at = BigInt(r.block.number);
      const ctl = r.control!;
      expect(ctl.proxy).toMatchObject({ layout: 'zeppelinos', admin: a9 });
      expect(ctl.owner.address).toBe(await read<Address>(proxy, fiat, 'owner', [], at));
      const held = Object.fromEntries(ctl.privileges.map((p) => [p.name, p]));
      expect(held.pause!.heldBy).toBe(await read<Address>(proxy, fiat, 'pauser', [], at));
      expect(held.blacklist!.heldBy).toBe(await read<Address>(proxy, fiat, 'blacklister', [], at));
      expect(held.mint).toMatchObject({ heldBy: masterMinter, holderKind: 'contract', holderDetail: 'masterMinter(): contract' });
      expect(held.upgrade).toMatchObject({ heldBy: a9, holderKind: 'eoa' });
      expect(ctl.minters).toEqual([
        { holder: { address: a5, kind: 'eoa' }, allowance: (await read<bigint>(proxy, fiat, 'minterAllowance', [a5], at)).toString() },
      ]);
      expect(ctl.masterMinterControllers).toEqual([{ controller: { address: a4, kind: 'eoa' }, worker: a5 }]);
      expect(await read<Address>(masterMinter, centre().MasterMinter!.abi, 'getWorker', [a4], at)).toBe(a5);
      expect(ctl.namedHolders?.find((n) => n.getter === 'rescuer()')?.holder.address).toBe(await read<Address>(proxy, fiat, 'rescuer', [], at));
      // Holders: every balance equals balanceOf, nothing unexplained.
      expect(r.holders!.complete).toBe(true);
      expect(r.token.totalSupply).toBe((await read<bigint>(proxy, fiat, 'totalSupply', [], at)).toString());
      for (const h of r.holders!.top) expect(h.balance).toBe((await read<bigint>(proxy, fiat, 'balanceOf', [h.address], at)).toString());
      expect(r.holders!.top.map((h) => h.address).sort()).toEqual([a1, a6].sort());
    });
  });
});
