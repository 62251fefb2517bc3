/**
 * Loopback look-alikes of the public APIs Whale Lens uses (real node:http on 127.0.0.1).
 * For the end-to-end "lying indexer" test: serve an Anvil token's real balances with
 * startBlockscout({ tokens: [{ address, holders, totalSupply }] }), then `lie(token, holder, wrong)`,
 * and point indexerTopHolders({ chainId: 31337, blockscoutUrl: server.url }) at it.
 */
export { startLoopback, maxInWindow } from './server';
export type { Fault, Loopback, RecordedRequest, Reply } from './server';
export { startBlockscout } from './blockscout';
export type { BlockscoutServer, ServedAddress, ServedHolder, ServedToken } from './blockscout';
export { startEthplorer } from './ethplorer';
export { startSnapshotHub } from './snapshot';
export type { HubProposal, HubSpace, HubVote } from './snapshot';
export { startGoPlus } from './goplus';
export { loadUniHolders, UNI_CSV, UNI_TOKEN } from './uniData';
