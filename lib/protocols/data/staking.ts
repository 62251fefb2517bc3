import type { ProtocolData } from '../types';

const LIDO = 'https://docs.lido.fi/deployed-contracts/';
const RPL = 'https://docs.rocketpool.net/guides/staking/via-rp';
const EIGEN = 'https://github.com/Layr-Labs/eigenlayer-contracts#deployments';
const ENA = 'https://docs.ethena.fi/solution-design/key-addresses';
const FRAX = 'https://docs.frax.finance/smart-contracts/fxs-and-vefxs';

/** Liquid staking, restaking and synthetic dollars. */
export const STAKING: ProtocolData[] = [
  {
    id: 'lido',
    name: 'Lido',
    tokens: [
      { chainId: 1, address: '0x5A98FcBEA516Cf06857215779Fd812CA3beF1B32', symbol: 'LDO', source: LIDO },
      { chainId: 42161, address: '0x13Ad51ed4F1B7e9Dc168d8a00cB3f4dDD85EfA60', symbol: 'LDO', source: LIDO },
      { chainId: 10, address: '0xFdb794692724153d1488CcdBE0C56c252596735F', symbol: 'LDO', source: LIDO },
    ],
    governors: [
      // Aragon Voting; the Agent (0x3e40D73EB977Dc6a537aF587D48316feE66E9C8c) executes and holds the treasury.
      { chainId: 1, address: '0x2e59A20f205bB85a89C53f1936454680651E618e', kind: 'other', source: LIDO },
    ],
    snapshotSpace: 'lido-snapshot.eth',
  },
  {
    id: 'rocketpool',
    name: 'Rocket Pool',
    tokens: [
      { chainId: 1, address: '0xD33526068D116cE69F19A9ee46F0bd304F21A51f', symbol: 'RPL', source: RPL },
      { chainId: 42161, address: '0xB766039cc6DB368759C1E56B79AFfE831d0Cc507', symbol: 'RPL', source: RPL },
    ],
    snapshotSpace: 'rocketpool-dao.eth',
    notes: 'The on-chain protocol DAO (RocketDAOProtocol) address is left out: not confirmed.',
  },
  {
    id: 'eigenlayer',
    name: 'EigenLayer',
    tokens: [
      { chainId: 1, address: '0xec53bF9167f50cDEB3Ae105f56099aaaB9061F83', symbol: 'EIGEN', source: EIGEN },
      { chainId: 1, address: '0x83E9115d334D248Ce39a6f36144aEaB5b3456e75', symbol: 'bEIGEN', source: EIGEN },
    ],
    notes: 'Protocol upgrades go through the EigenLayer multisigs and timelock, not a token vote.',
  },
  {
    id: 'ethena',
    name: 'Ethena',
    tokens: [
      { chainId: 1, address: '0x57e114B691Db790C35207b2e685D4A43181e6061', symbol: 'ENA', source: ENA },
      { chainId: 1, address: '0x8bE3460A480c80728a8C4D7a5D5303c85ba7B3b9', symbol: 'sENA', source: ENA },
    ],
    notes: 'Snapshot space not confirmed; left out.',
  },
  {
    id: 'frax',
    name: 'Frax',
    tokens: [
      { chainId: 1, address: '0x3432B6A60D23Ca0dFCa7761B7ab56459D9C964D0', symbol: 'FXS', source: FRAX },
      { chainId: 1, address: '0xc8418aF6358FFddA74e09Ca9CC3Fe03Ca6aDC5b0', symbol: 'veFXS', source: FRAX },
    ],
    snapshotSpace: 'frax.eth',
    notes: 'FXS on other chains and the Frax on-chain governors are left out: not confirmed.',
  },
];
