/** Plain words for the codes a Report uses. */
import type { AddressKind, LabelCategory, PrivilegeName, SourceName } from '../../lib/report/types';
import type { Severity, Verdict } from '../../lib/risk/types';
import { SEVERITY_WORD, TOOLBAR_MARK, VERDICT_PHRASE } from '../../lib/wording/verdict';

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
  authorize: 'Add or remove admins (wards)',
  ownerLock: 'Lock ownership and take it back',
};

export const SOURCE_LABEL: Record<SourceName, string> = {
  logs: 'Transfer logs (chain)',
  blockscout: 'Blockscout',
  ethplorer: 'Ethplorer',
  snapshot: 'Snapshot',
  goplus: 'GoPlus',
  rpc: 'RPC (chain)',
  csv: 'CSV file',
};

export const SEVERITY_LABEL: Record<Severity, string> = SEVERITY_WORD;

/** The verdict phrases and marks shared with the badge, dialog, toolbar badge and CLI (lib/wording). */
export const VERDICT_META: Record<Verdict, { label: string; glyph: string }> = {
  ok: { label: VERDICT_PHRASE.ok, glyph: TOOLBAR_MARK.ok },
  caution: { label: VERDICT_PHRASE.caution, glyph: TOOLBAR_MARK.caution },
  danger: { label: VERDICT_PHRASE.danger, glyph: TOOLBAR_MARK.danger },
  unknown: { label: VERDICT_PHRASE.unknown, glyph: TOOLBAR_MARK.unknown },
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
