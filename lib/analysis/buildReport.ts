/**
 * The Report, built once from its parts. `sources` is given as groups in the order a reader
 * should see them (token, holders, the side sections, insights, then indexers and hubs): the
 * order is fixed by construction, whatever finished first. Absent sections are left out.
 */
import { REPORT_SCHEMA_VERSION, type Report } from '../report/types';

export type SourceEntry = Report['sources'][number];

/** Everything of a Report but its version, time and flat `sources`. */
export type ReportParts = Omit<Report, 'schemaVersion' | 'generatedAt' | 'sources'> & {
  sources: readonly (readonly SourceEntry[])[];
};

export function buildReport(parts: ReportParts, generatedAt: number = Date.now()): Report {
  const { chainId, token, block, sources, ...sections } = parts;
  // Sections in the order the parts name them; an absent one (undefined or null) is no key at all.
  const present = Object.fromEntries(Object.entries(sections).filter(([, v]) => v !== undefined && v !== null)) as Partial<Report>;
  return { schemaVersion: REPORT_SCHEMA_VERSION, chainId, token, block, generatedAt, sources: sources.flat(), ...present };
}
