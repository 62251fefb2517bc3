/**
 * What an indexer adds to chain-core's Report: the contract's creator, creation block/time and
 * whether its source is verified. Chain values win; indexer values only fill gaps, and the
 * source is recorded so the UI can say where each fact came from.
 */
import type { Report } from '../report/types';
import type { ContractInfo } from '../sources/types';
import { oneLine } from '../errors';

export function mergeContractInfo(report: Report, info: ContractInfo | null, error?: unknown): Report {
  if (error !== undefined) {
    report.sources.push({ section: 'verification', source: 'blockscout', ok: false, error: oneLine(error) });
    return report;
  }
  if (!info) return report;
  report.sources.push({ section: 'verification', source: 'blockscout', ok: true });
  const control = report.control;
  if (!control) return report;
  if (control.creator === undefined && info.creator) control.creator = info.creator;
  if (control.creationBlock === undefined && info.creationBlock !== undefined) control.creationBlock = info.creationBlock;
  if (control.creationTimestamp === undefined && info.creationTimestamp !== undefined) control.creationTimestamp = info.creationTimestamp;
  if (control.verifiedSource === undefined && info.verifiedSource !== null) control.verifiedSource = info.verifiedSource;
  return report;
}
