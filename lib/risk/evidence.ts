/** Builders for the evidence every finding carries. */
import type { Address, HolderEntry, Report, SourceName } from '../report/types';
import type { Evidence } from './types';

export function addressEv(label: string, address: Address, holder?: Pick<HolderEntry, 'label'>): Evidence {
  const ev: Evidence = { kind: 'address', label, address };
  if (holder?.label) {
    ev.name = holder.label.name;
    ev.category = holder.label.category;
  }
  return ev;
}

export function shareEv(label: string, value: number): Evidence {
  return { kind: 'number', label, value, unit: 'share' };
}

export function countEv(label: string, value: number): Evidence {
  return { kind: 'number', label, value, unit: 'count' };
}

export function secondsEv(label: string, value: number): Evidence {
  return { kind: 'number', label, value, unit: 'seconds' };
}

export function tokensEv(label: string, value: string): Evidence {
  return { kind: 'number', label, value, unit: 'tokens' };
}

export function blockEv(report: Report): Evidence {
  return { kind: 'block', number: report.block.number, timestamp: report.block.timestamp };
}

/** The source that backed a section, as recorded in report.sources (falls back to `fallback`). */
export function sourceEv(report: Report, section: string, fallback: SourceName, verifiedOnChain?: boolean): Evidence {
  const entry = report.sources.find((s) => s.section === section && s.ok);
  const ev: Evidence = { kind: 'source', source: entry?.source ?? fallback };
  if (verifiedOnChain !== undefined) ev.verifiedOnChain = verifiedOnChain;
  return ev;
}
