/**
 * Control scenarios: an Ownable token whose single EOA owner can mint, pause and blacklist;
 * an AccessControl token whose minter is a role; a "tax" token whose owner renounced; and the
 * same Ownable token owned by a TimelockController.
 */
import { parseAbi, parseEther, zeroAddress, type Address } from 'viem';
import { accounts, type Clients } from '../chain';
import { abiOf, deployNamed, send } from './tx';

export const TIMELOCK_DELAY = 2 * 86_400;

export interface OwnedScenario {
  owner: Address;
  ownedToken: Address;
  rolesToken: Address;
  minter: Address;
  renouncedToken: Address;
  timelock: Address;
  timelockOwnedToken: Address;
}

const ownableAbi = parseAbi(['function transferOwnership(address)', 'function renounceOwnership()']);

export async function deployOwnedScenario(c: Clients): Promise<OwnedScenario> {
  const owner = accounts[0].address;
  const minter = accounts[2].address;
  const ownedToken = await deployNamed(c, 'OwnedToken', [parseEther('1000000')]);
  await send(c, { address: ownedToken, abi: abiOf('OwnedToken'), functionName: 'blacklist', args: [accounts[9].address] });
  const rolesToken = await deployNamed(c, 'RolesToken', [minter]);
  const renouncedToken = await deployNamed(c, 'TaxToken');
  await send(c, { address: renouncedToken, abi: ownableAbi, functionName: 'renounceOwnership' });

  const timelock = await deployNamed(c, 'GovTimelock', [BigInt(TIMELOCK_DELAY), [owner], [zeroAddress], zeroAddress]);
  const timelockOwnedToken = await deployNamed(c, 'OwnedToken', [parseEther('1000')]);
  await send(c, { address: timelockOwnedToken, abi: ownableAbi, functionName: 'transferOwnership', args: [timelock] });
  return { owner, ownedToken, rolesToken, minter, renouncedToken, timelock, timelockOwnedToken };
}
