/**
 * Blockscout address facts: contract or not, names, verification status, and who created
 * it in which transaction (for the control section: creator and contract age).
 */
import type { Address, Hex } from '../../report/types';
import { pathAddress, Reader } from '../guards';
import type { BlockscoutClient } from './client';

const read = new Reader('blockscout');

export interface BlockscoutAddressInfo {
  address: Address;
  isContract: boolean | null;
  name: string | null;
  isVerified: boolean | null;
  creator: Address | null;
  creationTx: Hex | null;
  proxyType: string | null;
  implementations: Address[];
}

export interface BlockscoutSmartContract {
  verified: boolean;
  fullyVerified: boolean | null;
  name: string | null;
  compilerVersion: string | null;
  language: string | null;
  verifiedAt: string | null;
}

export async function getAddressInfo(client: BlockscoutClient, params: { address: string; signal?: AbortSignal }): Promise<BlockscoutAddressInfo> {
  const res = await client.get(`/addresses/${pathAddress(params.address)}`, {}, { signal: params.signal });
  const o = read.record(res.body, 'address');
  const impls = o.implementations === undefined || o.implementations === null ? [] : read.array(o.implementations, 'address.implementations');
  return {
    address: read.address(o.hash, 'address.hash'),
    isContract: read.optBoolean(o.is_contract, 'address.is_contract'),
    name: read.optString(o.name, 'address.name'),
    isVerified: read.optBoolean(o.is_verified, 'address.is_verified'),
    creator: read.optAddress(o.creator_address_hash, 'address.creator_address_hash'),
    // Renamed over Blockscout versions: creation_tx_hash → creation_transaction_hash.
    creationTx: read.optTxHash(o.creation_transaction_hash ?? o.creation_tx_hash, 'address.creation_transaction_hash'),
    proxyType: read.optString(o.proxy_type, 'address.proxy_type'),
    implementations: impls.map((im, i) => {
      const r = read.record(im, `address.implementations[${i}]`);
      return read.address(r.address_hash ?? r.address, `address.implementations[${i}].address`);
    }),
  };
}

/**
 * Verification status; null when the indexer does not know the address as a contract (404).
 * Blockscout answers an unverified contract with its bytecode and no `is_verified: true`.
 */
export async function getSmartContract(
  client: BlockscoutClient,
  params: { address: string; signal?: AbortSignal },
): Promise<BlockscoutSmartContract | null> {
  const res = await client.get(`/smart-contracts/${pathAddress(params.address)}`, {}, { signal: params.signal, accept: [404] });
  if (res.status === 404) return null;
  const o = read.record(res.body, 'smart-contract');
  const verified = read.optBoolean(o.is_verified, 'smart-contract.is_verified');
  if (verified === null && typeof o.deployed_bytecode !== 'string' && typeof o.creation_bytecode !== 'string') {
    read.fail('smart-contract has neither verification status nor bytecode');
  }
  return {
    verified: verified === true,
    fullyVerified: read.optBoolean(o.is_fully_verified, 'smart-contract.is_fully_verified'),
    name: read.optString(o.name, 'smart-contract.name'),
    compilerVersion: read.optString(o.compiler_version, 'smart-contract.compiler_version'),
    language: read.optString(o.language, 'smart-contract.language'),
    verifiedAt: read.optString(o.verified_at, 'smart-contract.verified_at'),
  };
}

/** Block and time of a transaction (the contract's creation). */
export async function getTransactionBlock(
  client: BlockscoutClient,
  params: { hash: Hex; signal?: AbortSignal },
): Promise<{ blockNumber: number; timestamp: number | null }> {
  const res = await client.get(`/transactions/${params.hash}`, {}, { signal: params.signal });
  const o = read.record(res.body, 'transaction');
  // Renamed over versions: block → block_number.
  const blockNumber = read.count(o.block_number ?? o.block, 'transaction.block_number');
  const ts = read.optString(o.timestamp, 'transaction.timestamp');
  const ms = ts === null ? NaN : Date.parse(ts);
  if (ts !== null && Number.isNaN(ms)) read.fail('transaction.timestamp is not a date');
  return { blockNumber, timestamp: ts === null ? null : Math.floor(ms / 1000) };
}
