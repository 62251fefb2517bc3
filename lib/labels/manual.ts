/**
 * Labels added by hand on top of the Etherscan-derived set: other chains' burn addresses,
 * token lockers / vesting contracts and large DAOs' timelocks and treasuries.
 * Only addresses we are confident in (each locker address was cross-checked against
 * several independent public codebases). chains: '*' = every EVM chain (same address
 * everywhere, e.g. CREATE2 deployments and burn addresses), otherwise chain ids.
 * Read by generate.ts only; the runtime uses the generated table.
 */
import type { LabelCategory } from '../report/types';

export interface ManualLabel {
  address: string;
  name: string;
  category: LabelCategory;
  chains: '*' | number[];
}

const ETH = [1];
const BSC = [56];
const ARB = [42161];

export const MANUAL_LABELS: ManualLabel[] = [
  // Burn / null (every chain). Etherscan's list covers 0x0, 0x…dEaD, 0x01–0x09 and others.
  { address: '0x000000000000000000000000000000000000dEaD', name: 'Burn address 0x…dEaD', category: 'burn', chains: '*' },
  { address: '0x0000000000000000000000000000000000000000', name: 'Null address 0x0', category: 'burn', chains: '*' },
  { address: '0xdEAD000000000000000042069420694206942069', name: 'Burn address 0xdEAD…2069', category: 'burn', chains: '*' },

  // Token / LP lockers and vesting.
  { address: '0x663A5C229c09b049E36dCc11a9B0d4a8Eb9db214', name: 'UNCX: Uniswap V2 Liquidity Locker', category: 'locker', chains: ETH },
  { address: '0xC765bddB93b0D1c1A88282BA0fa6B2d00E3e0c83', name: 'UNCX: PancakeSwap V2 Liquidity Locker', category: 'locker', chains: BSC },
  { address: '0xE2fE530C047f2d85298b07D9333C05737f1435fB', name: 'Team Finance: Lock', category: 'locker', chains: ETH },
  { address: '0x0C89C0407775dd89b12918B9c0aa42Bf96518820', name: 'Team Finance: Lock', category: 'locker', chains: BSC },
  { address: '0x7ee058420e5937496F5a2096f04caA7721cF70cc', name: 'PinkSale: PinkLock', category: 'locker', chains: BSC },
  { address: '0x71B5759d73262FBb223956913ecF4ecC51057641', name: 'PinkSale: PinkLock V2', category: 'locker', chains: [1, 56] },
  { address: '0x2CDE9919e81b20B4B33DD562a48a84b54C48F00C', name: 'Hedgey: Token Vesting Plans', category: 'locker', chains: '*' },
  { address: '0x1961A23409CA59EEDCA6a99c97E4087DaD752486', name: 'Hedgey: Token Lockup Plans', category: 'locker', chains: '*' },
  { address: '0xB10daee1FCF62243aE27776D7a92D39dC8740f95', name: 'Sablier: Lockup Linear v1.0', category: 'locker', chains: ETH },
  { address: '0x39EFdC3dbB57B2388CcC4bb40aC4CB1226Bc9E44', name: 'Sablier: Lockup Dynamic v1.0', category: 'locker', chains: ETH },
  { address: '0xAFb979d9afAd1aD27C5eFf4E27226E3AB9e5dCC9', name: 'Sablier: Lockup Linear v1.1', category: 'locker', chains: ETH },
  { address: '0x7CC7e125d83A581ff438608490Cc0f7bDff79127', name: 'Sablier: Lockup Dynamic v1.1', category: 'locker', chains: ETH },

  // DAO timelocks and treasuries.
  { address: '0x1a9C8182C09F50C8318d769245beA52c32BE35BC', name: 'Uniswap: Timelock (treasury)', category: 'treasury', chains: ETH },
  { address: '0x6d903f6003cca6255D85CcA4D3B5E5146dC33925', name: 'Compound: Timelock', category: 'treasury', chains: ETH },
  { address: '0x2775b1c75658Be0F640272CCb8c72ac986009e38', name: 'Compound: Reservoir', category: 'treasury', chains: ETH },
  { address: '0x3d9819210A31b4961b30EF54bE2aeD79B9c9Cd3B', name: 'Compound: Comptroller (COMP rewards)', category: 'treasury', chains: ETH },
  { address: '0x25F2226B597E8F9514B3F68F00f494cF4f286491', name: 'Aave: Ecosystem Reserve', category: 'treasury', chains: ETH },
  { address: '0x464C71f6c2F760DdA6093dCB91C24c39e5d6e18c', name: 'Aave: Collector (treasury)', category: 'treasury', chains: ETH },
  { address: '0xEE56e2B3D491590B5b31738cC34d5232F378a8D5', name: 'Aave: Short Executor (timelock)', category: 'treasury', chains: ETH },
  { address: '0x79426A1c24B2978D90d7A5070a46C65B07bC4299', name: 'Aave: Long Executor (timelock)', category: 'treasury', chains: ETH },
  { address: '0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7', name: 'ENS: DAO Wallet (timelock)', category: 'treasury', chains: ETH },
  { address: '0xE6841D92B0C345144506576eC13ECf5103aC7f49', name: 'Arbitrum DAO: L1 Timelock', category: 'treasury', chains: ETH },
  { address: '0xF3FC178157fb3c87548bAA86F9d24BA38E649B58', name: 'Arbitrum DAO: Treasury', category: 'treasury', chains: ARB },
  { address: '0x34d45e99f7D8c45ed05B5cA72D54bbD1fb3F98f0', name: 'Arbitrum DAO: L2 Core Timelock', category: 'treasury', chains: ARB },
  { address: '0x67a24CE4321aB3aF51c2D0a4801c3E111D88C9d9', name: 'Arbitrum: Token Distributor (airdrop)', category: 'treasury', chains: ARB },
  { address: '0x57a8865cfB1eCEf7253c27da6B4BC3dAEE5Be518', name: 'Gitcoin: GTC Timelock', category: 'treasury', chains: ETH },
  { address: '0x3e40D73EB977Dc6a537aF587D48316feE66E9C8c', name: 'Lido: DAO Treasury (Aragon agent)', category: 'treasury', chains: ETH },
  { address: '0xBE8E3e3618f7474F8cB1d074A26afFef007E98FB', name: 'Maker: MCD Pause Proxy', category: 'treasury', chains: ETH },
  { address: '0x40907540d8a6C65c637785e8f8B742ae6b0b9968', name: 'Curve DAO: Ownership Agent', category: 'treasury', chains: ETH },
  { address: '0x10A19e7eE7d7F8a52822f6817de8ea18204F2e4f', name: 'Balancer: DAO Multisig (treasury)', category: 'treasury', chains: ETH },

  // Pools that hold every pool's tokens in one contract.
  { address: '0xBA12222222228d8Ba445958a75a0704d566BF2C8', name: 'Balancer: V2 Vault', category: 'dex', chains: '*' },
  { address: '0x000000000004444c5dc75cB358380D2e3dE08A90', name: 'Uniswap: V4 PoolManager', category: 'dex', chains: ETH },

  // Canonical bridges not in the Etherscan set.
  { address: '0xa3A7B6F88361F48403514059F1F16C8E78d60EeC', name: 'Arbitrum One: L1 ERC20 Gateway', category: 'bridge', chains: ETH },
  { address: '0x3154Cf16ccdb4C6d922629664174b904d80F2C35', name: 'Base: L1 Standard Bridge', category: 'bridge', chains: ETH },
  { address: '0x40ec5B33f54e0E8A33A975908C5BA1c14e5BbbDf', name: 'Polygon (Matic): ERC20 Bridge', category: 'bridge', chains: ETH },
];
