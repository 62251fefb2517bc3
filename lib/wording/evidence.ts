/**
 * Evidence labels as people read them: no doubled parentheses ("EOA (EOA (one private key))"),
 * and the technical pieces (function selectors, blocks, sources) kept for a details line. Pure.
 */
import type { Evidence } from '../risk/types';

/** "Can mint (EOA (one private key))" → "Can mint (one private key)". */
export function evidenceLabel(label: string): string {
  return label
    .replace(/\bEOA \(one private key\)/g, 'one private key')
    .replace(/\(([^()]+) \(([^()]+)\)\)/g, '($1, $2)')
    .replace(/\bEOA\b/g, 'one private key');
}

/** Selectors, blocks and sources: shown only in the technical line. */
export function isTechnical(e: Evidence): boolean {
  return e.kind === 'block' || e.kind === 'source' || (e.kind === 'number' && /selectors?$/i.test(e.label));
}

/** "mint selectors: 0x40c10f19 · block 54 · source rpc" */
export function technicalText(evidence: readonly Evidence[]): string[] {
  const out: string[] = [];
  for (const e of evidence) {
    if (e.kind === 'block') out.push(`block ${e.number}`);
    else if (e.kind === 'source') out.push(`source ${e.source}`);
    else if (e.kind === 'number' && isTechnical(e)) out.push(`${e.label}: ${e.value}`);
  }
  return out;
}
