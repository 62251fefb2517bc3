/** Plain words for the codes a Report uses. */
import type { AddressKind, LabelCategory, PrivilegeName, SourceName } from '../../lib/report/types';
import type { Severity, Verdict } from '../../lib/risk/types';

export const KIND_LABEL: Record<AddressKind | 'renounced' | 'none' | 'role', string> = {
  eoa: 'EOA (one key)',
  safe: 'Safe multisig',
  timelock: 'Timelock',
  contract: 'Contract',
  unknown: 'Unknown',
  renounced: 'Renounced',
  none: 'No owner function',
  role: 'Role holders',
};

export const CATEGORY_LABEL: Record<LabelCategory, string> = {
  burn: 'burn address',
  dex: 'DEX pool',
  bridge: 'bridge',
  cex: 'exchange wallet',
  locker: 'locker or vesting',
  treasury: 'treasury or timelock',
  multisig: 'multisig',
  sanctioned: 'sanctioned',
  other: 'other',
};

export const PRIVILEGE_LABEL: Record<PrivilegeName, string> = {
  mint: 'Mint new tokens',
  ownerBurn: 'Burn anyone’s tokens',
  pause: 'Pause transfers',
  blacklist: 'Block addresses',
  setFee: 'Change fees or taxes',
  setMaxTx: 'Limit transaction size',
  upgrade: 'Upgrade the code',
};

export const SOURCE_LABEL: Record<SourceName, string> = {
  logs: 'Transfer logs (chain)',
  blockscout: 'Blockscout',
  ethplorer: 'Ethplorer',
  snapshot: 'Snapshot',
  tally: 'Tally',
  goplus: 'GoPlus',
  rpc: 'RPC (chain)',
  csv: 'CSV file',
};

export const SEVERITY_ORDER: Record<Severity, number> = { danger: 0, caution: 1, info: 2 };

export const SEVERITY_LABEL: Record<Severity, string> = { danger: 'Danger', caution: 'Caution', info: 'Note' };

export const VERDICT_META: Record<Verdict, { label: string; glyph: string }> = {
  ok: { label: 'No concentration found', glyph: '✓' },
  caution: { label: 'Caution', glyph: '!' },
  danger: { label: 'Danger', glyph: '!!' },
  unknown: { label: 'Unknown', glyph: '?' },
};

/** For narrow table columns. */
export const KIND_SHORT: Record<AddressKind, string> = {
  eoa: 'EOA',
  safe: 'Safe',
  timelock: 'Timelock',
  contract: 'Contract',
  unknown: '?',
};

export function kindLabel(kind: string | undefined): string {
  return (kind && KIND_LABEL[kind as keyof typeof KIND_LABEL]) ?? 'Unknown';
}

export function sourceLabel(source: string): string {
  return SOURCE_LABEL[source as SourceName] ?? source;
}
