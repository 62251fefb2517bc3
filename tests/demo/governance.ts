/**
 * The demo's governance token, on the on-chain tests' contracts (VotesToken, GovTimelock,
 * WhaleGovernor): quorum is 60% of supply; three delegates hold 25%, 22% and 20% and delegate
 * to themselves, so exactly three reach quorum. The rest is spread over 30 wallets; the
 * timelock holds nothing, so the token's own holders tell the story without a governor hint.
 */
import { getAddress, keccak256, parseAbi, parseEther, stringToHex, zeroAddress, type Address } from 'viem';
import { accounts, type Clients } from '../support/chain';
import { abiOf, deployNamed, send } from '../support/scenarios/tx';

export async function deployGovernance(c: Clients): Promise<{ token: Address; governor: Address; timelock: Address; delegates: Address[] }> {
  const deployer = accounts[0];
  const token = await deployNamed(c, 'VotesToken', [parseEther('1000000')]);
  const timelock = await deployNamed(c, 'GovTimelock', [2n * 86_400n, [], [zeroAddress], deployer.address]);
  const governor = await deployNamed(c, 'WhaleGovernor', [token, timelock, 1, 50, parseEther('10000'), 60n]);
  const tl = parseAbi(['function grantRole(bytes32,address)', 'function renounceRole(bytes32,address)']);
  for (const role of ['PROPOSER_ROLE', 'CANCELLER_ROLE']) {
    await send(c, { address: timelock, abi: tl, functionName: 'grantRole', args: [keccak256(stringToHex(role)), governor] });
  }
  await send(c, { address: timelock, abi: tl, functionName: 'renounceRole', args: [`0x${'0'.repeat(64)}`, deployer.address] });

  const abi = abiOf('VotesToken');
  const delegates = [accounts[2], accounts[3], accounts[4]];
  const shares = ['250000', '220000', '200000'];
  for (const [i, d] of delegates.entries()) {
    await send(c, { address: token, abi, functionName: 'transfer', args: [d.address, parseEther(shares[i]!)] });
    await send(c, { address: token, abi, functionName: 'delegate', args: [d.address], account: d });
  }
  for (let i = 0; i < 30; i++) {
    const to = getAddress(`0x${(0xc0de0000 + i).toString(16).padStart(40, '0')}`);
    await send(c, { address: token, abi, functionName: 'transfer', args: [to, parseEther('10800')] });
  }
  await send(c, { address: token, abi, functionName: 'transfer', args: [accounts[1].address, parseEther('1000')] });
  await c.test.mine({ blocks: 1 });
  return { token, governor, timelock, delegates: delegates.map((d) => d.address) };
}
