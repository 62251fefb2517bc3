import type { Address, Hex } from 'viem';

/** A log exactly as eth_getLogs returns it: hex strings, not yet decoded (decoding is the consumer's job). */
export interface RawLog {
  address: Address;
  topics: Hex[];
  data: Hex;
  blockNumber: Hex;
  transactionHash: Hex;
  transactionIndex: Hex;
  logIndex: Hex;
  blockHash: Hex;
  removed?: boolean;
}
