/**
 * The accounts most likely to hold supply that no event names: the owner (Tether credits
 * `issue()` to it, many constructors mint to it silently) and the deployer (a constructor that
 * writes `balances[msg.sender]` without a Transfer). Best effort: each read that fails is skipped;
 * the totalSupply comparison still shows what stays unexplained.
 */
import { getAddress, type Address, type Hex, type PublicClient } from 'viem';
import { rawMulticall } from '../rawMulticall';

const OWNER_GETTERS: Hex[] = [
  '0x8da5cb5b', // owner()
  '0x893d20e8', // getOwner()
  '0xe30c3978', // pendingOwner()
];

export async function readInsiderAccounts(
  client: PublicClient,
  params: { token: Address; blockNumber: bigint; creationBlock?: bigint },
): Promise<Address[]> {
  const { token, blockNumber, creationBlock } = params;
  const [owners, deployers] = await Promise.all([
    rawMulticall(client, { calls: OWNER_GETTERS.map((callData) => ({ target: token, callData })), blockNumber }).catch(() => []),
    creationBlock !== undefined ? deployersOf(client, token, creationBlock) : Promise.resolve([]),
  ]);
  const out = new Set<string>();
  for (const r of owners) {
    if (!r.success || r.returnData.length !== 66 || !/^0x0{24}/.test(r.returnData)) continue;
    const a = `0x${r.returnData.slice(26)}`;
    if (!/^0x0{40}$/.test(a)) out.add(a.toLowerCase());
  }
  for (const a of deployers) out.add(a.toLowerCase());
  return [...out].map((a) => getAddress(a));
}

/**
 * Who sent the transaction that created the token, from its creation block: a contract-creation
 * transaction whose receipt names the token, else (a factory deployment) the senders and targets
 * of that block's transactions — extra candidates cost one balanceOf each and a zero is dropped.
 */
async function deployersOf(client: PublicClient, token: Address, creationBlock: bigint): Promise<Address[]> {
  try {
    const block = await client.getBlock({ blockNumber: creationBlock, includeTransactions: true });
    const creations = block.transactions.filter((tx) => tx.to === null);
    const receipts = await Promise.all(creations.map((tx) => client.getTransactionReceipt({ hash: tx.hash }).catch(() => undefined)));
    const direct = creations.filter((_, i) => receipts[i]?.contractAddress?.toLowerCase() === token.toLowerCase()).map((tx) => tx.from);
    if (direct.length) return direct;
    return block.transactions.flatMap((tx) => (tx.to ? [tx.from, tx.to] : [tx.from]));
  } catch {
    return [];
  }
}
