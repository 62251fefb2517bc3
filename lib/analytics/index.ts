/**
 * Concentration math on holder balances (pure: plain bigints in, plain data out).
 * No wxt, browser, idb, network or viem imports here — tests/purity.test.ts checks it.
 */
export { summarize } from './summarize';
export { DEFAULT_EXCLUDED, splitCirculating } from './circulating';
export type { HolderBalance } from './circulating';
export { minimalCoalition, fewestToReach } from './voting';
export { gini } from './gini';
export { hhi } from './hhi';
export { nakamoto } from './nakamoto';
export { lorenz } from './lorenz';
export { ratio, exactFraction } from './ratio';
export { sortAscending, sortedPositive, compareBigint } from './sorted';
