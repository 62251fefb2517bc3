/**
 * The demo world, deployed fresh on an Anvil node started at a fixed genesis time, so every run
 * gives the same addresses and verdicts. Uniswap V2 and WETH9 sit at their mainnet addresses
 * (a local 31337 node is treated as a mainnet fork, so the extension finds the pools itself).
 *  - healthy (HRBR): 40 holders, LP burned, no owner key, a month old → ok
 *  - whale (WHL): one wallet holds > 50% of circulating supply → danger
 *  - rug-risk (OWN): EOA owner can mint/pause/blacklist, LP held by the deployer, deployed today → danger
 *  - governance (VOTE): Governor + Timelock where three delegates reach quorum → caution
 */
import { getAddress, parseAbi, parseEther, type Abi, type Address, type Hex } from 'viem';
import { accounts, deployArtifact, installMulticall3, MULTICALL3, uniswapV2Artifact, type Clients } from '../support/chain';
import { abiOf, deployNamed, send } from '../support/scenarios/tx';
import { addV2Liquidity, DEAD, type UniswapDeployment } from '../support/scenarios/liquidity';
import { deployGovernance } from './governance';

/** 2026-01-01T00:00:00Z: the chain's genesis; the rug token is deployed 30 days later ("today"). */
export const GENESIS_TIMESTAMP = 1_767_225_600;
export const MAINNET_UNISWAP_V2_FACTORY: Address = '0x5C69bEe701ef814a2B6a3EDD4B1652CB9cc5aA6f';
export const MAINNET_WETH: Address = '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2';
/** The person using the demo dapp (an Anvil account the test wallet signs for). */
export const DEMO_USER = accounts[1];

export type TokenKey = 'healthy' | 'whale' | 'rug' | 'governance';
export interface DemoToken {
  key: TokenKey;
  address: Address;
  symbol: string;
  pair: Address;
  /** The verdict the extension should reach. */
  expected: 'ok' | 'caution' | 'danger';
  story: string;
}

export interface DemoWorld {
  tokens: Record<TokenKey, DemoToken>;
  governor: Address;
  timelock: Address;
  factory: Address;
  router: Address;
  weth: Address;
  multicall3: Address;
}

const pairAbi = parseAbi(['function balanceOf(address) view returns (uint256)', 'function transfer(address,uint256) returns (bool)']);
const erc20 = parseAbi(['function transfer(address,uint256) returns (bool)']);

/** Deploys normally, then moves code and the first storage slots to `target` (a mainnet address). */
async function deployAt(c: Clients, art: { abi: Abi; bytecode: Hex }, args: readonly unknown[], target: Address, slots: number) {
  const tmp = await deployArtifact(c, art, args);
  await c.test.setCode({ address: target, bytecode: (await c.public.getCode({ address: tmp }))! });
  for (let i = 0; i < slots; i++) {
    const slot = `0x${i.toString(16).padStart(64, '0')}` as Hex;
    const value = await c.public.getStorageAt({ address: tmp, slot });
    if (value) await c.test.setStorageAt({ address: target, index: slot, value });
  }
}

const holder = (prefix: number, i: number) => getAddress(`0x${(prefix + i).toString(16).padStart(40, '0')}`);

async function spray(c: Clients, token: Address, to: Address[], each: bigint) {
  await send(c, { address: token, abi: abiOf('CoreToken'), functionName: 'spray', args: [to, to.map(() => each)] });
}

async function burnLp(c: Clients, pair: Address) {
  const lp = await c.public.readContract({ address: pair, abi: pairAbi, functionName: 'balanceOf', args: [accounts[0].address] });
  await send(c, { address: pair, abi: pairAbi, functionName: 'transfer', args: [DEAD, lp] });
}

export async function deployDemoWorld(c: Clients): Promise<DemoWorld> {
  await installMulticall3(c);
  await deployAt(c, uniswapV2Artifact('UniswapV2Factory'), [accounts[0].address], MAINNET_UNISWAP_V2_FACTORY, 2);
  await deployAt(c, uniswapV2Artifact('WETH9'), [], MAINNET_WETH, 3);
  const router = getAddress(await deployArtifact(c, uniswapV2Artifact('UniswapV2Router02'), [MAINNET_UNISWAP_V2_FACTORY, MAINNET_WETH]));
  await send(c, { address: MAINNET_WETH, abi: parseAbi(['function deposit() payable']), functionName: 'deposit', value: parseEther('200') });
  const uni = { v2Factory: MAINNET_UNISWAP_V2_FACTORY, weth: MAINNET_WETH } as UniswapDeployment;
  const user = DEMO_USER.address;

  // Healthy: 30% in a pool whose LP is burned, the rest over 40 wallets (the demo user among them).
  const healthy = await deployNamed(c, 'CoreToken', ['Harbor', 'HRBR', parseEther('1000000')]);
  const healthyPair = await addV2Liquidity(c, uni, healthy, parseEther('300000'), parseEther('30'));
  await burnLp(c, healthyPair);
  await spray(c, healthy, [user, ...Array.from({ length: 39 }, (_, i) => holder(0xa11ce000, i))], parseEther('17500'));

  // Whale: one wallet keeps 60% of the supply; LP burned so the whale is the story.
  const whale = await deployNamed(c, 'CoreToken', ['Leviathan', 'WHL', parseEther('1000000')]);
  const whalePair = await addV2Liquidity(c, uni, whale, parseEther('100000'), parseEther('10'));
  await burnLp(c, whalePair);
  await send(c, { address: whale, abi: erc20, functionName: 'transfer', args: [accounts[7].address, parseEther('600000')] });
  await spray(c, whale, [user, ...Array.from({ length: 29 }, (_, i) => holder(0xb0b00000, i))], parseEther('10000'));

  // Governance: the on-chain tests' Governor + Timelock contracts; three delegates (25/22/20%) reach the 60% quorum, two do not.
  const gov = await deployGovernance(c);
  const govPair = await addV2Liquidity(c, uni, gov.token, parseEther('5000'), parseEther('5'));
  await burnLp(c, govPair);

  // A month later: the rug-risk token is deployed "today", its LP stays with the deployer.
  await c.test.increaseTime({ seconds: 30 * 86_400 });
  await c.test.mine({ blocks: 1 });
  const rug = await deployNamed(c, 'OwnedToken', [parseEther('1000000')]);
  await send(c, { address: rug, abi: abiOf('OwnedToken'), functionName: 'blacklist', args: [accounts[9].address] });
  const rugPair = await addV2Liquidity(c, uni, rug, parseEther('400000'), parseEther('20'));
  await send(c, { address: rug, abi: erc20, functionName: 'transfer', args: [user, parseEther('1000')] });
  await c.test.increaseTime({ seconds: 3 * 3600 });
  await c.test.mine({ blocks: 1 });

  const t = (key: TokenKey, address: Address, symbol: string, pair: Address, expected: DemoToken['expected'], story: string): DemoToken => ({
    key,
    address,
    symbol,
    pair,
    expected,
    story,
  });
  return {
    tokens: {
      healthy: t('healthy', healthy, 'HRBR', healthyPair, 'ok', '40 holders, LP burned, no owner key, a month old'),
      whale: t('whale', whale, 'WHL', whalePair, 'danger', 'one wallet holds 60% of the supply'),
      rug: t('rug', rug, 'OWN', rugPair, 'danger', 'owner key can mint, pause and blacklist; deployer holds the LP; deployed 3 hours ago'),
      governance: t('governance', gov.token, 'WVOTE', govPair, 'caution', 'three delegates hold 67% and reach quorum; Governor + Timelock'),
    },
    governor: gov.governor,
    timelock: gov.timelock,
    factory: MAINNET_UNISWAP_V2_FACTORY,
    router,
    weth: MAINNET_WETH,
    multicall3: MULTICALL3,
  };
}
