/**
 * `contractInfo(config, address)`: what Blockscout says about a contract — verified source,
 * creator, creation transaction, and (one request more) the creation block and time —
 * for ControlSection { creator, creationBlock, creationTimestamp, verifiedSource }.
 */
import { blockscoutFor } from './blockscout/client';
import { getAddressInfo, getSmartContract, getTransactionBlock } from './blockscout/addresses';
import { isAbortError } from './http/signals';
import type { BlockscoutSourceConfig, ContractInfo } from './types';

export async function contractInfo(config: BlockscoutSourceConfig, address: string): Promise<ContractInfo> {
  const client = blockscoutFor(config);
  const { signal } = config;
  const info = await getAddressInfo(client, { address, signal });
  const contract = info.isContract === false ? null : await getSmartContract(client, { address, signal });
  const out: ContractInfo = {
    source: 'blockscout',
    address: info.address,
    isContract: info.isContract,
    name: contract?.name ?? info.name,
    verifiedSource: contract ? contract.verified : info.isVerified,
    creator: info.creator,
    creationTx: info.creationTx,
  };
  if (info.creationTx) {
    try {
      const tx = await getTransactionBlock(client, { hash: info.creationTx, signal });
      out.creationBlock = tx.blockNumber;
      if (tx.timestamp !== null) out.creationTimestamp = tx.timestamp;
    } catch (err) {
      // The age is a bonus; chain-core finds the creation block on-chain anyway.
      if (signal?.aborted || isAbortError(err)) throw err;
    }
  }
  return out;
}
