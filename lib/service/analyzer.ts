/**
 * The real analyzer: viem client for the configured RPC URL → chain-core's analyzeToken.
 * Only the token/governor addresses and the chain id reach the RPC endpoint.
 */
import { analyzeToken } from '../chain/analyzeToken';
import { createChainClient } from '../chain/createClient';
import type { Analyzer } from './types';

export function chainAnalyzer(): Analyzer {
  return async ({ chainId, address, governor, rpcUrl, checkpoints, signal, onProgress }) => {
    const client = createChainClient({ rpcUrl, chainId });
    return analyzeToken(client, { address, governor, checkpoints, signal, onProgress });
  };
}
