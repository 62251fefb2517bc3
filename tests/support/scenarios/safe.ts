/**
 * A real Safe (v1.5.0 artifacts from @safe-global/safe-smart-account): singleton + proxy
 * factory, a proxy set up with n owners and a threshold, and an Ownable token it owns.
 */
import { createRequire } from 'node:module';
import { encodeFunctionData, getAddress, parseAbi, parseEther, zeroAddress, type Abi, type Address, type Hex } from 'viem';
import { accounts, deployArtifact, type Clients } from '../chain';
import { deployNamed, send } from './tx';

const require = createRequire(import.meta.url);

function safeArtifact(path: string): { abi: Abi; bytecode: Hex } {
  const json = require(`@safe-global/safe-smart-account/build/artifacts/contracts/${path}`);
  return { abi: json.abi, bytecode: json.bytecode };
}

export interface SafeDeployment {
  singleton: Address;
  factory: Address;
}

export async function deploySafeInfra(c: Clients): Promise<SafeDeployment> {
  const singleton = getAddress(await deployArtifact(c, safeArtifact('SafeL2.sol/SafeL2.json')));
  const factory = getAddress(await deployArtifact(c, safeArtifact('proxies/SafeProxyFactory.sol/SafeProxyFactory.json')));
  return { singleton, factory };
}

/** A Safe proxy with these owners and threshold (created through the factory, like the Safe app does). */
export async function deploySafe(c: Clients, infra: SafeDeployment, owners: Address[], threshold: number, salt = 0n): Promise<Address> {
  const setup = encodeFunctionData({
    abi: safeArtifact('Safe.sol/Safe.json').abi,
    functionName: 'setup',
    args: [owners, BigInt(threshold), zeroAddress, '0x', zeroAddress, zeroAddress, 0n, zeroAddress],
  });
  const factoryAbi = safeArtifact('proxies/SafeProxyFactory.sol/SafeProxyFactory.json').abi;
  const call = { address: infra.factory, abi: factoryAbi, functionName: 'createProxyWithNonce', args: [infra.singleton, setup, salt] } as const;
  const { result } = await c.public.simulateContract({ ...call, account: accounts[0] });
  await send(c, call as never);
  return getAddress(result as Address);
}

export interface SafeScenario {
  safe: Address;
  owners: Address[];
  threshold: number;
  token: Address;
}

export async function deploySafeOwnedScenario(c: Clients): Promise<SafeScenario> {
  const infra = await deploySafeInfra(c);
  const owners = [accounts[3].address, accounts[4].address, accounts[5].address];
  const safe = await deploySafe(c, infra, owners, 2);
  const token = await deployNamed(c, 'OwnedToken', [parseEther('1000000')]);
  await send(c, { address: token, abi: parseAbi(['function transferOwnership(address)']), functionName: 'transferOwnership', args: [safe] });
  return { safe, owners, threshold: 2, token };
}
