import type { ProtocolData } from '../types';

const ENS = 'https://docs.ens.domains/dao/';
const ARB = 'https://docs.arbitrum.foundation/deployment-addresses';
const OP = 'https://docs.optimism.io/chain/addresses';
const OP_GOV = 'https://gov.optimism.io/t/governor-contract/';
const GNO = 'https://docs.gnosischain.com/about/tokens/gno';
const ACROSS = 'https://docs.across.to/reference/contract-addresses';
const STG = 'https://stargateprotocol.gitbook.io/stargate/developers/contract-addresses/mainnet';

/** Chains, naming and bridges with their own governance tokens. */
export const NETWORKS: ProtocolData[] = [
  {
    id: 'ens',
    name: 'ENS',
    tokens: [{ chainId: 1, address: '0xC18360217D8F7Ab5e7c516566761Ea12Ce7F9D72', symbol: 'ENS', source: ENS }],
    governors: [
      {
        chainId: 1,
        address: '0x323A76393544d5ecca80cd6ef2A560C6a395b7E3',
        kind: 'oz-governor',
        timelock: '0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7',
        source: ENS,
      },
    ],
    snapshotSpace: 'ens.eth',
  },
  {
    id: 'arbitrum',
    name: 'Arbitrum DAO',
    tokens: [
      { chainId: 42161, address: '0x912CE59144191C1204E64559FE8253a0e49E6548', symbol: 'ARB', source: ARB },
      { chainId: 1, address: '0xB50721BCf8d664c30412Cfbc6cf7a15145234ad1', symbol: 'ARB', source: ARB },
    ],
    governors: [
      {
        chainId: 42161,
        address: '0xf07DeD9dC292157749B6Fd268E37DF6EA38395B9',
        kind: 'oz-governor',
        timelock: '0x34d45e99f7D8c45ed05B5cA72D54bbD1fb3F98f0',
        source: ARB,
      },
      {
        chainId: 42161,
        address: '0x789fC99093B09aD01C34DC7251D0C89ce743e5a4',
        kind: 'oz-governor',
        timelock: '0xbFc1FECa8B09A5c5D3EFfE7429eBE24b9c09EF58',
        source: ARB,
      },
    ],
    snapshotSpace: 'arbitrumfoundation.eth',
    notes: 'Core governor (constitutional) and treasury governor; the Security Council can act without a vote.',
  },
  {
    id: 'optimism',
    name: 'Optimism',
    tokens: [{ chainId: 10, address: '0x4200000000000000000000000000000000000042', symbol: 'OP', source: OP }],
    governors: [{ chainId: 10, address: '0xcDF27F107725988f2261Ce2256bDfCdE8B382B10', kind: 'other', source: OP_GOV }],
    notes: 'Token House votes on an Agora governor (proxy); there is no timelock, upgrades go through the Security Council.',
  },
  {
    id: 'gnosis',
    name: 'Gnosis',
    tokens: [
      { chainId: 1, address: '0x6810e776880C02933D47DB1b9fc05908e5386b96', symbol: 'GNO', source: GNO },
      { chainId: 100, address: '0x9C58BAcC331c9aa871AFD802DB6379a98e80CEdb', symbol: 'GNO', source: GNO },
    ],
    snapshotSpace: 'gnosis.eth',
  },
  {
    id: 'across',
    name: 'Across',
    tokens: [{ chainId: 1, address: '0x44108f0223A3C3028F5Fe7AEC7f9bb2E66beF82F', symbol: 'ACX', source: ACROSS }],
    snapshotSpace: 'acrossprotocol.eth',
  },
  {
    id: 'stargate',
    name: 'Stargate',
    tokens: [
      { chainId: 1, address: '0xAf5191B0De278C7286d6C7CC6ab6BB8A73bA2Cd6', symbol: 'STG', source: STG },
      { chainId: 56, address: '0xB0D502E938ed5f4df2E681fE6E419ff29631d62b', symbol: 'STG', source: STG },
      { chainId: 42161, address: '0x6694340fc020c5E6B96567843da2df01b2CE1eb6', symbol: 'STG', source: STG },
      { chainId: 10, address: '0x296F55F8Fb28E498B858d0BcDA06D955B2Cb3f97', symbol: 'STG', source: STG },
      { chainId: 137, address: '0x2F6F07CDcf3588944Bf4C42aC74ff24bF56e7590', symbol: 'STG', source: STG },
      { chainId: 1, address: '0x0e42acBD23FAee03249DAFF896b78d7e79fBD58E', symbol: 'veSTG', source: STG },
    ],
    snapshotSpace: 'stgdao.eth',
  },
];
