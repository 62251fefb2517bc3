import type { ProtocolData } from '../types';

const UNI_GOV = 'https://docs.uniswap.org/contracts/v2/reference/Governance/governance-reference';
const UNI_BRIDGED = 'https://docs.uniswap.org/contracts/v3/reference/deployments/';
const SUSHI = 'https://docs.sushi.com/contracts/';
const CAKE = 'https://developer.pancakeswap.finance/contracts/cake';
const CURVE = 'https://docs.curve.finance/references/deployed-contracts/';
const BAL = 'https://docs.balancer.fi/reference/contracts/';
const AERO = 'https://aerodrome.finance/security';
const VELO = 'https://velodrome.finance/security';
const ONEINCH = 'https://docs.1inch.io/docs/governance/';
const QUICK = 'https://docs.quickswap.exchange/overview/contracts-and-addresses';

/** Exchanges: AMMs, aggregators and their ve-token DEXes. */
export const DEXES: ProtocolData[] = [
  {
    id: 'uniswap',
    name: 'Uniswap',
    tokens: [
      { chainId: 1, address: '0x1f9840a85d5aF5bf1D1762F925BDADdC4201F984', symbol: 'UNI', source: UNI_GOV },
      { chainId: 42161, address: '0xFa7F8980b0f1E64A2062791cc3b0871572f1F7f0', symbol: 'UNI', source: UNI_BRIDGED },
      { chainId: 10, address: '0x6fd9d7AD17242c41f7131d257212c54A0e816691', symbol: 'UNI', source: UNI_BRIDGED },
      { chainId: 137, address: '0xb33EaAd8d922B1083446DC23f610c2567fB5180f', symbol: 'UNI', source: UNI_BRIDGED },
      { chainId: 8453, address: '0xc3De830EA07524a0761646a6a4e4be0e114a3C83', symbol: 'UNI', source: UNI_BRIDGED },
      { chainId: 56, address: '0xBf5140A22578168FD562DCcF235E5D43A02ce9B1', symbol: 'UNI', source: 'https://bscscan.com/token/0xbf5140a22578168fd562dccf235e5d43a02ce9b1' },
    ],
    governors: [
      {
        chainId: 1,
        address: '0x408ED6354d4973f66138C91495F2f2FCbd8724C3',
        kind: 'governor-bravo',
        timelock: '0x1a9C8182C09F50C8318d769245beA52c32BE35BC',
        source: UNI_GOV,
      },
    ],
    snapshotSpace: 'uniswapgovernance.eth',
    notes: 'Votes only count on Ethereum; bridged UNI on other chains does not vote.',
  },
  {
    id: 'sushi',
    name: 'Sushi',
    tokens: [
      { chainId: 1, address: '0x6B3595068778DD592e39A122f4f5a5cF09C90fE2', symbol: 'SUSHI', source: SUSHI },
      { chainId: 42161, address: '0xd4d42F0b6DEF4CE0383636770eF773390d85c61A', symbol: 'SUSHI', source: SUSHI },
      { chainId: 137, address: '0x0b3F868E0BE5597D5DB7fEB59E1CADBb0fdDa50a', symbol: 'SUSHI', source: SUSHI },
      { chainId: 56, address: '0x947950BcC74888a40Ffa2593C5798F11Fc9124C4', symbol: 'SUSHI', source: SUSHI },
    ],
    snapshotSpace: 'sushigov.eth',
  },
  {
    id: 'pancakeswap',
    name: 'PancakeSwap',
    tokens: [
      { chainId: 56, address: '0x0E09FaBB73Bd3Ade0a17ECC321fD13a19e81cE82', symbol: 'CAKE', source: CAKE },
      { chainId: 1, address: '0x152649eA73beAb28c5b49B26eb48f7EAD6d4c898', symbol: 'CAKE', source: CAKE },
      { chainId: 42161, address: '0x1b896893dfc86bb67Cf57767298b9073D2c1bA2c', symbol: 'CAKE', source: CAKE },
      { chainId: 8453, address: '0x3055913c90Fcc1A6CE9a358911721eEb942013A1', symbol: 'CAKE', source: CAKE },
    ],
    snapshotSpace: 'cakevote.eth',
    notes: 'veCAKE address left out: not confirmed.',
  },
  {
    id: 'curve',
    name: 'Curve',
    tokens: [
      { chainId: 1, address: '0xD533a949740bb3306d119CC777fa900bA034cd52', symbol: 'CRV', source: CURVE },
      { chainId: 1, address: '0x5f3b5DfEb7B28CDbD7FAba78963EE202a494e2A2', symbol: 'veCRV', source: CURVE },
      { chainId: 42161, address: '0x11cDb42B0EB46D95f990BeDD4695A6e3fA034978', symbol: 'CRV', source: CURVE },
      { chainId: 10, address: '0x0994206dfE8De6Ec6920FF4D779B0d950605Fb53', symbol: 'CRV', source: CURVE },
      { chainId: 137, address: '0x172370d5Cd63279eFa6d502DAB29171933a610AF', symbol: 'CRV', source: CURVE },
    ],
    governors: [
      // Aragon Voting apps weighted by veCRV; the Ownership agent executes.
      { chainId: 1, address: '0xE478de485ad2fe566d49342Cbd03E49ed7DB3356', kind: 'other', source: CURVE },
      { chainId: 1, address: '0xBCfF8B0b9419b9A88c44546519b1e909cF330399', kind: 'other', source: CURVE },
    ],
    snapshotSpace: 'curve.eth',
    notes: 'On-chain votes use veCRV (Aragon Voting: ownership and parameter apps).',
  },
  {
    id: 'balancer',
    name: 'Balancer',
    tokens: [
      { chainId: 1, address: '0xba100000625a3754423978a60c9317c58a424e3D', symbol: 'BAL', source: BAL },
      { chainId: 1, address: '0xC128a9954e6c874eA3d62ce62B468bA073093F25', symbol: 'veBAL', source: BAL },
      { chainId: 42161, address: '0x040d1EdC9569d4Bab2D15287Dc5A4F10F56a56B8', symbol: 'BAL', source: BAL },
      { chainId: 10, address: '0xFE8B128bA8C78aabC59d4c64cEE7fF28e9379921', symbol: 'BAL', source: BAL },
      { chainId: 137, address: '0x9a71012B13CA4d3D0Cdc72A177DF3ef03b0E76A3', symbol: 'BAL', source: BAL },
      { chainId: 8453, address: '0x4158734D47Fc9692176B5085E0F52ee0Da5d47F1', symbol: 'BAL', source: BAL },
    ],
    snapshotSpace: 'balancer.eth',
  },
  {
    id: 'aerodrome',
    name: 'Aerodrome',
    tokens: [
      { chainId: 8453, address: '0x940181a94A35A4569E4529A3CDfB74e38FD98631', symbol: 'AERO', source: AERO },
      { chainId: 8453, address: '0xeBf418Fe2512e7E6bd9b87a8F0f294aCDC67e6B4', symbol: 'veAERO', source: AERO },
    ],
    notes: 'Governance is veAERO voting on gauges; no Governor contract listed.',
  },
  {
    id: 'velodrome',
    name: 'Velodrome',
    tokens: [
      { chainId: 10, address: '0x9560e827aF36c94D2Ac33a39bCE1Fe78631088Db', symbol: 'VELO', source: VELO },
      { chainId: 10, address: '0xFAf8FD17D9840595845582fCB047DF13f006787d', symbol: 'veVELO', source: VELO },
    ],
  },
  {
    id: '1inch',
    name: '1inch',
    tokens: [
      { chainId: 1, address: '0x111111111117dC0aa78b770fA6A738034120C302', symbol: '1INCH', source: ONEINCH },
      { chainId: 56, address: '0x111111111117dC0aa78b770fA6A738034120C302', symbol: '1INCH', source: ONEINCH },
      { chainId: 1, address: '0x9A0C8Ff858d273f57072D714bca7411D717501D7', symbol: 'st1INCH', source: ONEINCH },
    ],
    snapshotSpace: '1inch.eth',
  },
  {
    id: 'quickswap',
    name: 'QuickSwap',
    tokens: [{ chainId: 137, address: '0xB5C064F955D8e7F38fE0460C556a72987494eE17', symbol: 'QUICK', source: QUICK }],
    snapshotSpace: 'quickvote.eth',
    notes: 'The old QUICK (before the 1:1000 split) is left out.',
  },
];
