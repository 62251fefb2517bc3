/**
 * Liquidity scenarios on real Uniswap contracts (npm artifacts): a V2 factory and WETH9, one
 * pair whose LP tokens were burned (sent to 0x…dEaD) and one whose LP sits with the deployer,
 * plus a Uniswap V3 factory with one pool holding tokens. Liquidity is added through the pair
 * itself (transfer + mint), not the router, whose library hard-codes mainnet's init code hash.
 */
import { createRequire } from 'node:module';
import { getAddress, parseAbi, parseEther, type Abi, type Address, type Hex } from 'viem';
import type { DexDeployment } from '../../../lib/chain/liquidity/dexes';
import { accounts, deployArtifact, uniswapV2Artifact, type Clients } from '../chain';
import { deployNamed, send } from './tx';

const require = createRequire(import.meta.url);
export const DEAD: Address = '0x000000000000000000000000000000000000dEaD';

function v3Artifact(name: string): { abi: Abi; bytecode: Hex } {
  const json = require(`@uniswap/v3-core/artifacts/contracts/${name}.sol/${name}.json`);
  return { abi: json.abi, bytecode: json.bytecode };
}

export interface UniswapDeployment {
  v2Factory: Address;
  v3Factory: Address;
  weth: Address;
  /** Ready for readLiquidity's `dexes`: local factories with WETH as the only quote token. */
  dexes: DexDeployment[];
}

export async function deployUniswap(c: Clients): Promise<UniswapDeployment> {
  const deployer = accounts[0].address;
  const v2Factory = getAddress(await deployArtifact(c, uniswapV2Artifact('UniswapV2Factory'), [deployer]));
  const weth = getAddress(await deployArtifact(c, uniswapV2Artifact('WETH9')));
  const v3Factory = getAddress(await deployArtifact(c, v3Artifact('UniswapV3Factory')));
  await send(c, { address: weth, abi: parseAbi(['function deposit() payable']), functionName: 'deposit', value: parseEther('100') });
  const quoteTokens = [{ address: weth, symbol: 'WETH' }];
  return {
    v2Factory,
    v3Factory,
    weth,
    dexes: [
      { name: 'Uniswap V2', version: 'v2', factory: v2Factory, quoteTokens },
      { name: 'Uniswap V3', version: 'v3', factory: v3Factory, quoteTokens },
    ],
  };
}

const erc20 = parseAbi(['function transfer(address,uint256) returns (bool)']);
const factoryAbi = parseAbi(['function createPair(address,address) returns (address)', 'function getPair(address,address) view returns (address)']);
const pairAbi = parseAbi([
  'function mint(address) returns (uint256)',
  'function balanceOf(address) view returns (uint256)',
  'function transfer(address,uint256) returns (bool)',
]);

/** Creates token/WETH on the V2 factory and adds liquidity directly to the pair; LP goes to the deployer. */
export async function addV2Liquidity(c: Clients, uni: UniswapDeployment, token: Address, tokenAmount: bigint, wethAmount: bigint): Promise<Address> {
  await send(c, { address: uni.v2Factory, abi: factoryAbi, functionName: 'createPair', args: [token, uni.weth] });
  const pair = getAddress(await c.public.readContract({ address: uni.v2Factory, abi: factoryAbi, functionName: 'getPair', args: [token, uni.weth] }));
  await send(c, { address: token, abi: erc20, functionName: 'transfer', args: [pair, tokenAmount] });
  await send(c, { address: uni.weth, abi: erc20, functionName: 'transfer', args: [pair, wethAmount] });
  await send(c, { address: pair, abi: pairAbi, functionName: 'mint', args: [accounts[0].address] });
  return pair;
}

export interface LiquidityScenario {
  uniswap: UniswapDeployment;
  burnedToken: Address;
  burnedPair: Address;
  deployerToken: Address;
  deployerPair: Address;
  v3Pool: Address;
  deployer: Address;
}

export async function deployLiquidityScenario(c: Clients): Promise<LiquidityScenario> {
  const uniswap = await deployUniswap(c);
  const deployer = accounts[0].address;
  const burnedToken = await deployNamed(c, 'PlainToken', ['Burned LP', 'BLP', parseEther('1000000')]);
  const deployerToken = await deployNamed(c, 'PlainToken', ['Rug Ready', 'RUG', parseEther('1000000')]);

  const burnedPair = await addV2Liquidity(c, uniswap, burnedToken, parseEther('500000'), parseEther('10'));
  const lp = await c.public.readContract({ address: burnedPair, abi: pairAbi, functionName: 'balanceOf', args: [deployer] });
  await send(c, { address: burnedPair, abi: pairAbi, functionName: 'transfer', args: [DEAD, lp] });

  const deployerPair = await addV2Liquidity(c, uniswap, deployerToken, parseEther('400000'), parseEther('20'));

  const v3 = parseAbi([
    'function createPool(address,address,uint24) returns (address)',
    'function getPool(address,address,uint24) view returns (address)',
  ]);
  await send(c, { address: uniswap.v3Factory, abi: v3, functionName: 'createPool', args: [deployerToken, uniswap.weth, 3000] });
  const v3Pool = getAddress(
    await c.public.readContract({ address: uniswap.v3Factory, abi: v3, functionName: 'getPool', args: [deployerToken, uniswap.weth, 3000] }),
  );
  await send(c, { address: deployerToken, abi: erc20, functionName: 'transfer', args: [v3Pool, parseEther('1000')] });
  await send(c, { address: uniswap.weth, abi: erc20, functionName: 'transfer', args: [v3Pool, parseEther('1')] });
  return { uniswap, burnedToken, burnedPair, deployerToken, deployerPair, v3Pool, deployer };
}
