import type { ProtocolData } from '../types';

const AAVE = 'https://github.com/bgd-labs/aave-address-book';
const COMP = 'https://docs.compound.finance/v2/governance/';
const COMP_L2 = 'https://docs.compound.finance/#networks';
const MORPHO = 'https://docs.morpho.org/get-started/resources/addresses/';
const VENUS = 'https://docs-v4.venus.io/deployed-contracts/governance';
const RADIANT = 'https://docs.radiant.capital/radiant/contracts-and-security/arbitrum-contracts';
const SKY = 'https://chainlog.sky.money/';
const GEAR = 'https://docs.gearbox.finance/overview/contracts';

/** Lending markets and the stablecoin issuers built on them. */
export const LENDING: ProtocolData[] = [
  {
    id: 'aave',
    name: 'Aave',
    tokens: [
      { chainId: 1, address: '0x7Fc66500c84A76Ad7e9c93437bFc5Ac33E2DDaE9', symbol: 'AAVE', source: AAVE },
      { chainId: 1, address: '0x4da27a545c0c5B758a6BA100e3a049001de870f5', symbol: 'stkAAVE', source: AAVE },
      { chainId: 137, address: '0xD6DF932A45C0f255f85145f286eA0b292B21C90B', symbol: 'AAVE', source: AAVE },
      { chainId: 42161, address: '0xba5DdD1f9d7F570dc94a51479a000E3BCE967196', symbol: 'AAVE', source: AAVE },
      { chainId: 10, address: '0x76FB31fb4af56892A25e32cFC43De717950c9278', symbol: 'AAVE', source: AAVE },
    ],
    governors: [
      {
        chainId: 1,
        address: '0x9AEE0B04504CeF83A65AC3f0e838D0593BCb2BC7',
        kind: 'other',
        // Executor level 1 (short): the admin of the Aave v3 pools.
        timelock: '0x5300A1a15135EA4dc7aD5a167152C01EFc9b192A',
        source: AAVE,
      },
    ],
    snapshotSpace: 'aave.eth',
    notes: 'Governance v3 (cross-chain voting on AAVE, stkAAVE and aAAVE); not a Bravo/OZ governor.',
  },
  {
    id: 'compound',
    name: 'Compound',
    tokens: [
      { chainId: 1, address: '0xc00e94Cb662C3520282E6f5717214004A7f26888', symbol: 'COMP', source: COMP },
      { chainId: 137, address: '0x8505b9d2254A7Ae468c0E9dd10Ccea3A837aef5c', symbol: 'COMP', source: COMP_L2 },
      { chainId: 42161, address: '0x354A6dA3fcde098F8389cad84b0182725c6C91dE', symbol: 'COMP', source: COMP_L2 },
      { chainId: 8453, address: '0x9e1028F5F1D5eDE59748FFceE5532509976840E0', symbol: 'COMP', source: COMP_L2 },
    ],
    governors: [
      {
        chainId: 1,
        address: '0xc0Da02939E1441F497fd74F78cE7Decb17B66529',
        kind: 'governor-bravo',
        timelock: '0x6d903f6003cca6255D85CcA4D3B5E5146dC33925',
        source: COMP,
      },
    ],
    snapshotSpace: 'comp-vote.eth',
    notes: 'GovernorBravo as in the v2 governance docs; a later governor, if deployed, is not listed (not confirmed).',
  },
  {
    id: 'morpho',
    name: 'Morpho',
    tokens: [
      { chainId: 1, address: '0x58D97B57BB95320F9a05dC918Aef65434969c2B2', symbol: 'MORPHO', source: MORPHO },
      { chainId: 8453, address: '0xBAa5CC21fd487B8Fcc2F632f3F4E8D37262a0842', symbol: 'MORPHO', source: MORPHO },
      { chainId: 1, address: '0x9994E35Db50125E0DF82e4c2dde62496CE330999', symbol: 'MORPHO (legacy)', source: MORPHO },
    ],
    snapshotSpace: 'morpho.eth',
  },
  {
    id: 'venus',
    name: 'Venus',
    tokens: [{ chainId: 56, address: '0xcF6BB5389c92Bdda8a3747Ddb454cB7a64626C63', symbol: 'XVS', source: VENUS }],
    governors: [
      {
        chainId: 56,
        address: '0x2d56dC077072B53571b8252008C60e945108c75a',
        kind: 'governor-bravo',
        // Normal timelock; Venus also has fast-track and critical timelocks.
        timelock: '0x939bD8d64c0A9583A7Dcea9933f7b21697ab6396',
        source: VENUS,
      },
    ],
  },
  {
    id: 'radiant',
    name: 'Radiant',
    tokens: [
      { chainId: 42161, address: '0x3082CC23568eA640225c2467653dB90e9250AaA0', symbol: 'RDNT', source: RADIANT },
      { chainId: 56, address: '0xf7DE7E8A6bd59ED41a4b5fe50278b3B7f31384dF', symbol: 'RDNT', source: RADIANT },
    ],
    snapshotSpace: 'radiantcapital.eth',
  },
  {
    id: 'sky',
    name: 'Sky (MakerDAO)',
    tokens: [
      { chainId: 1, address: '0x56072C95FAA701256059aa122697B133aDEd9279', symbol: 'SKY', source: SKY },
      { chainId: 1, address: '0x9f8F72aA9304c8B593d555F12eF6589cC3A579A2', symbol: 'MKR', source: SKY },
    ],
    governors: [
      // MCD_ADM (DSChief, MKR-weighted executive votes); MCD_PAUSE_PROXY executes.
      { chainId: 1, address: '0x0a3f6849f78076aefaDf113F5BED87720274dDC0', kind: 'other', timelock: '0xBE8E3e3618f7474F8cB1d074A26afFef007E98FB', source: SKY },
    ],
    notes: 'Listed chief is the MKR-era DSChief; the SKY-weighted chief of 2025 is not confirmed here.',
  },
  {
    id: 'gearbox',
    name: 'Gearbox',
    tokens: [{ chainId: 1, address: '0xBa3335588D9403515223F109EdC4eB7269a9Ab5D', symbol: 'GEAR', source: GEAR }],
    snapshotSpace: 'gearbox.eth',
  },
];
