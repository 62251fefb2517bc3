import { parseAbi } from 'viem';

export const v2FactoryAbi = parseAbi(['function getPair(address, address) view returns (address)']);
export const v3FactoryAbi = parseAbi(['function getPool(address, address, uint24) view returns (address)']);
export const v2PairAbi = parseAbi([
  'function token0() view returns (address)',
  'function getReserves() view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast)',
  'function totalSupply() view returns (uint256)',
]);
export const erc20Abi = parseAbi(['function balanceOf(address) view returns (uint256)']);
