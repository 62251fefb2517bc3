/**
 * What an indexer adds to the chain's control section: the contract's creator, creation
 * block/time and whether its source is verified. Chain values win; indexer values only fill gaps,
 * and the source is recorded so the UI can say where each fact came from.
 */
import type { ControlSection } from '../report/types';
import type { ContractInfo } from '../sources/types';
import { oneLine } from '../errors';
import type { SourceEntry } from './buildReport';

/** The control section with the indexer's facts filled in where the chain said nothing (a new object). */
export function withContractInfo(control: ControlSection | undefined, info: ContractInfo | null): ControlSection | undefined {
  if (!control || !info) return control;
  const filled = { ...control };
  if (filled.creator === undefined && info.creator) filled.creator = info.creator;
  if (filled.creationBlock === undefined && info.creationBlock !== undefined) filled.creationBlock = info.creationBlock;
  if (filled.creationTimestamp === undefined && info.creationTimestamp !== undefined) filled.creationTimestamp = info.creationTimestamp;
  if (filled.verifiedSource === undefined && info.verifiedSource !== null) filled.verifiedSource = info.verifiedSource;
  return filled;
}

/** The `verification` entry of `sources`: none when the indexer had nothing and failed at nothing. */
export function verificationSources(info: ContractInfo | null, error?: unknown): SourceEntry[] {
  if (error !== undefined) return [{ section: 'verification', source: 'blockscout', ok: false, error: oneLine(error) }];
  return info ? [{ section: 'verification', source: 'blockscout', ok: true }] : [];
}
