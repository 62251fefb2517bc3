/**
 * The one read that can fail the whole analysis: the pinned block, the code at the address and
 * the token's facts. Not a contract, not a token, or a block the node cannot serve: a typed error.
 */
import { BlockNotFoundError, type Address, type PublicClient } from 'viem';
import { BlockUnavailableError, NotAContractError, mapChainError } from '../chain/errors';
import { readTokenFacts } from '../chain/token/readTokenFacts';

export type PinnedBlock = Awaited<ReturnType<PublicClient['getBlock']>>;
export type TokenFacts = Awaited<ReturnType<typeof readTokenFacts>>;

export async function readTokenAtBlock(
  client: PublicClient,
  p: { address: Address; blockNumber: bigint; rpc: string },
): Promise<{ block: PinnedBlock; facts: TokenFacts }> {
  const { address, blockNumber, rpc } = p;
  const factsRead = readTokenFacts(client, { address, blockNumber });
  factsRead.catch(() => undefined);
  // Settled together: a missing block is the answer even when the eth_getCode beside it failed first.
  const [blkRead, codeRead] = await Promise.allSettled([client.getBlock({ blockNumber }), client.getCode({ address, blockNumber })]);
  for (const r of [blkRead, codeRead]) {
    if (r.status === 'rejected' && r.reason instanceof BlockNotFoundError) throw new BlockUnavailableError(blockNumber, { cause: r.reason });
  }
  for (const r of [blkRead, codeRead]) {
    if (r.status === 'rejected') throw mapChainError(r.reason, { rpc, what: `reading block ${blockNumber}` });
  }
  const block = (blkRead as PromiseFulfilledResult<PinnedBlock>).value;
  const code = (codeRead as PromiseFulfilledResult<Awaited<ReturnType<PublicClient['getCode']>>>).value;
  if (!code || code === '0x') throw new NotAContractError(address, blockNumber);
  return { block, facts: await factsRead };
}
