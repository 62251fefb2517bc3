import type { ProtocolData } from '../types';

const YEARN = 'https://docs.yearn.fi/developers/addresses/core-contracts';
const CONVEX = 'https://docs.convexfinance.com/convexfinance/faq/contract-addresses';
const PENDLE = 'https://docs.pendle.finance/Developers/Deployments';

/** Yield aggregators and yield trading. */
export const YIELD: ProtocolData[] = [
  {
    id: 'yearn',
    name: 'Yearn',
    tokens: [
      { chainId: 1, address: '0x0bc529c00C6401aEF6D220BE8C6Ea1667F6Ad93e', symbol: 'YFI', source: YEARN },
      { chainId: 1, address: '0x90c1f9220d90d3966FbeE24045EDd73E1d588aD5', symbol: 'veYFI', source: YEARN },
      { chainId: 42161, address: '0x82e3A8F066a6989666b031d916c43672085b1582', symbol: 'YFI', source: YEARN },
      { chainId: 137, address: '0xDA537104D6A5edd53c6fBba9A898708E465260b6', symbol: 'YFI', source: YEARN },
    ],
    notes: 'Snapshot space not confirmed; left out.',
  },
  {
    id: 'convex',
    name: 'Convex',
    tokens: [
      // Vote-locked CVX (CvxLockerV2): the balance that votes on Snapshot.
      { chainId: 1, address: '0x72a19342e8F1838460eBFCCEf09F6585e32db86E', symbol: 'vlCVX', source: CONVEX },
    ],
    snapshotSpace: 'cvx.eth',
    notes: 'The CVX token address is left out: not confirmed.',
  },
  {
    id: 'pendle',
    name: 'Pendle',
    tokens: [
      { chainId: 1, address: '0x808507121B80c02388fAd14726482e061B8da827', symbol: 'PENDLE', source: PENDLE },
      { chainId: 1, address: '0x4f30A9D41B80ecC5B94306AB4364951AE3170210', symbol: 'vePENDLE', source: PENDLE },
      { chainId: 42161, address: '0x0c880f6761F1af8d9Aa9C466984b80DAb9a8c9e8', symbol: 'PENDLE', source: PENDLE },
    ],
  },
];
