import type { ProtocolData } from '../types';

const GMX = 'https://docs.gmx.io/docs/api/contracts';
const SNX = 'https://docs.synthetix.io/addresses/';
const DYDX = 'https://docs.dydx.community/dydx-governance/resources/technical-overview-of-dydx-governance';

/** Perpetuals and synthetic assets. */
export const DERIVATIVES: ProtocolData[] = [
  {
    id: 'gmx',
    name: 'GMX',
    tokens: [
      { chainId: 42161, address: '0xfc5A1A6EB076a2C7aD06eD22C90d7E710E35ad0a', symbol: 'GMX', source: GMX },
      { chainId: 43114, address: '0x62edc0692BD897D2295872a9FFCac5425011c661', symbol: 'GMX', source: GMX },
    ],
    snapshotSpace: 'gmx.eth',
  },
  {
    id: 'synthetix',
    name: 'Synthetix',
    tokens: [
      { chainId: 1, address: '0xC011a73ee8576Fb46F5E1c5751cA3B9Fe0af2a6F', symbol: 'SNX', source: SNX },
      { chainId: 10, address: '0x8700dAec35aF8Ff88c16BdF0418774CB3D7599B4', symbol: 'SNX', source: SNX },
    ],
    notes: 'Governance is by elected councils; the election module address is left out: not confirmed.',
  },
  {
    id: 'dydx',
    name: 'dYdX',
    tokens: [{ chainId: 1, address: '0x92D6C1e31e14520e676a687F0a93788B716BEff5', symbol: 'ethDYDX', source: DYDX }],
    governors: [{ chainId: 1, address: '0x7E9B1672616FF6D6629Ef2879419aaE79A9018D2', kind: 'other', source: DYDX }],
    snapshotSpace: 'dydxgov.eth',
    notes: 'dYdX v4 governs on its own Cosmos chain; the Ethereum governor covers the v3 contracts.',
  },
];
