/**
 * Function selectors that grant a privilege over holders' tokens. Hard-coded (no hashing at
 * load time); tests/chain/power/knownSelectors.test.ts recomputes each from its signature.
 * The list favours well-known deployments (OpenZeppelin, USDC/USDT, common "tax" tokens).
 */
import type { Hex, PrivilegeName } from '../../report/types';

export interface KnownSelector {
  privilege: PrivilegeName;
  signature: string;
  selector: Hex;
}

export const PRIVILEGE_SELECTORS: readonly KnownSelector[] = [
  { privilege: 'mint', signature: 'mint(address,uint256)', selector: '0x40c10f19' },
  { privilege: 'mint', signature: 'mint(uint256)', selector: '0xa0712d68' },
  { privilege: 'mint', signature: 'mintTo(address,uint256)', selector: '0x449a52f8' },
  { privilege: 'mint', signature: 'issue(uint256)', selector: '0xcc872b66' }, // USDT
  { privilege: 'mint', signature: 'configureMinter(address,uint256)', selector: '0x4e44d956' }, // USDC master minter
  { privilege: 'ownerBurn', signature: 'burn(address,uint256)', selector: '0x9dc29fac' },
  // burnFrom is owner burn only without ERC20Burnable's burn(uint256) (there it spends an allowance): see privileges.ts
  { privilege: 'ownerBurn', signature: 'burnFrom(address,uint256)', selector: '0x79cc6790' },
  { privilege: 'ownerBurn', signature: 'destroyBlackFunds(address)', selector: '0xf3bdc228' }, // USDT
  { privilege: 'ownerBurn', signature: 'wipeFrozenAddress(address)', selector: '0xe2f72f03' }, // PAXG/BUSD style
  { privilege: 'pause', signature: 'pause()', selector: '0x8456cb59' },
  { privilege: 'pause', signature: 'setPaused(bool)', selector: '0x16c38b3c' },
  { privilege: 'blacklist', signature: 'blacklist(address)', selector: '0xf9f92be4' }, // USDC
  { privilege: 'blacklist', signature: 'addBlackList(address)', selector: '0x0ecb93c0' }, // USDT
  { privilege: 'blacklist', signature: 'addToBlacklist(address)', selector: '0x44337ea1' },
  { privilege: 'blacklist', signature: 'addBlacklist(address)', selector: '0x9cfe42da' },
  { privilege: 'blacklist', signature: 'setBlacklist(address,bool)', selector: '0x153b0d1e' },
  { privilege: 'blacklist', signature: 'blacklistAddress(address)', selector: '0xf3290d75' },
  { privilege: 'blacklist', signature: 'blockAccount(address)', selector: '0x7c0a893d' },
  { privilege: 'blacklist', signature: 'blocklist(address)', selector: '0xe5c7160b' },
  { privilege: 'blacklist', signature: 'addToBlocklist(address)', selector: '0xc83fae91' },
  { privilege: 'blacklist', signature: 'freeze(address)', selector: '0x8d1fdf2f' },
  { privilege: 'blacklist', signature: 'freezeAccount(address)', selector: '0xf26c159f' },
  { privilege: 'blacklist', signature: 'setBots(address[],bool)', selector: '0x9c0db5f3' },
  { privilege: 'setFee', signature: 'setFee(uint256)', selector: '0x69fe0e2d' },
  { privilege: 'setFee', signature: 'setFees(uint256,uint256)', selector: '0x0b78f9c0' },
  { privilege: 'setFee', signature: 'setTaxFee(uint256)', selector: '0xc4081a4c' },
  { privilege: 'setFee', signature: 'setTax(uint256)', selector: '0x2e5bb6ff' },
  { privilege: 'setFee', signature: 'setBuyFee(uint256)', selector: '0x0cc835a3' },
  { privilege: 'setFee', signature: 'setSellFee(uint256)', selector: '0x8b4cee08' },
  { privilege: 'setFee', signature: 'setTaxFeePercent(uint256)', selector: '0x061c82d0' },
  { privilege: 'setFee', signature: 'setBuyTax(uint256)', selector: '0xdc1052e2' },
  { privilege: 'setFee', signature: 'setSellTax(uint256)', selector: '0x8cd09d50' },
  { privilege: 'setFee', signature: 'setParams(uint256,uint256)', selector: '0xc0324c77' }, // USDT fee knobs
  { privilege: 'setFee', signature: 'updateFees(uint256,uint256,uint256)', selector: '0x22429085' },
  { privilege: 'setMaxTx', signature: 'setMaxTxAmount(uint256)', selector: '0xec28438a' },
  { privilege: 'setMaxTx', signature: 'setMaxTxPercent(uint256)', selector: '0xd543dbeb' },
  { privilege: 'setMaxTx', signature: 'setMaxTransactionAmount(uint256)', selector: '0x1e293c10' },
  { privilege: 'setMaxTx', signature: 'updateMaxTxnAmount(uint256)', selector: '0x203e727e' },
  { privilege: 'setMaxTx', signature: 'setMaxWallet(uint256)', selector: '0x5d0044ca' },
  { privilege: 'setMaxTx', signature: 'setMaxWalletSize(uint256)', selector: '0xea1644d5' },
  { privilege: 'setMaxTx', signature: 'setMaxWalletAmount(uint256)', selector: '0x27a14fc2' },
  { privilege: 'setMaxTx', signature: 'updateMaxWalletAmount(uint256)', selector: '0xc18bc195' },
  { privilege: 'mint', signature: 'setMinter(address)', selector: '0xfca3b5aa' }, // UNI/COMP-style: names who mints
  { privilege: 'pause', signature: 'stop()', selector: '0x07da68f5' }, // DSStop
  { privilege: 'blacklist', signature: 'setBlackList(address,bool)', selector: '0x68092bd9' },
  { privilege: 'blacklist', signature: 'setIsBlacklisted(address,bool)', selector: '0xa0e38492' },
  { privilege: 'setFee', signature: 'setFeePercent(uint256)', selector: '0x7ce3489b' },
  { privilege: 'setFee', signature: 'setTaxFeePercent(uint256,uint256)', selector: '0x30b263ba' },
  { privilege: 'setFee', signature: 'setLiquidityFeePercent(uint256)', selector: '0x8ee88c53' },
  { privilege: 'upgrade', signature: 'deprecate(address)', selector: '0x0753c30c' }, // USDT: forwards every call to a new contract
  { privilege: 'authorize', signature: 'rely(address)', selector: '0x65fae35e' }, // DSS wards: adds an account that can call every auth function
  { privilege: 'authorize', signature: 'deny(address)', selector: '0x9c52a7f1' },
  { privilege: 'ownerLock', signature: 'lock(uint256)', selector: '0xdd467064' }, // reflection-token owner lock: owner() reads zero until unlock()
  { privilege: 'ownerLock', signature: 'unlock()', selector: '0xa69df4b5' },
  { privilege: 'upgrade', signature: 'upgradeTo(address)', selector: '0x3659cfe6' },
  { privilege: 'upgrade', signature: 'upgradeToAndCall(address,bytes)', selector: '0x4f1ef286' },
];

/** Selectors that shape how a privilege is read, not privileges themselves. */
export const MARKER_SELECTORS = {
  burnOwn: { signature: 'burn(uint256)', selector: '0x42966c68' },
  proxiableUUID: { signature: 'proxiableUUID()', selector: '0x52d1902d' },
  hasRole: { signature: 'hasRole(bytes32,address)', selector: '0x91d14854' },
} as const satisfies Record<string, { signature: string; selector: Hex }>;
