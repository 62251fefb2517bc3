/**
 * The layers of Whale Lens as data: for each layer, the layers it may import. Anything else is an arrow
 * against the flow page → detector → background → sources/chain → analytics → risk → report → UI.
 * A layer is a top-level folder (entrypoints, components) or a folder or file directly under lib/.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  // Browser entrypoints wire everything together.
  entrypoints: ['components', 'lib/*'],
  // UI: shows reports and settings; talks to the background through messaging, never runs the analysis itself.
  components: [
    'lib/tokens',
    'lib/text',
    'lib/detect',
    'lib/guard',
    'lib/messaging',
    'lib/protocols',
    'lib/report',
    'lib/risk',
    'lib/settings',
    'lib/wording',
    'lib/labels',
    'lib/errors',
  ],

  // Node CLI: runs the same pipeline as the background.
  'lib/cli': [
    'lib/tokens',
    'lib/text',
    'lib/analysis',
    'lib/chain',
    'lib/sources',
    'lib/analytics',
    'lib/risk',
    'lib/report',
    'lib/wording',
    'lib/labels',
    'lib/protocols',
    'lib/detect',
    'lib/settings',
    'lib/errors',
  ],
  // Background service: request handling, queue, tab state, cache; delegates the analysis to lib/analysis.
  'lib/service': [
    'lib/tokens',
    'lib/analysis',
    'lib/chain',
    'lib/sources',
    'lib/cache',
    'lib/messaging',
    'lib/settings',
    'lib/detect',
    'lib/protocols',
    'lib/risk',
    'lib/report',
    'lib/wording',
    'lib/labels',
    'lib/analytics',
    'lib/errors',
  ],
  // The pipeline both use: gathers the sections and builds the Report once.
  'lib/analysis': [
    'lib/tokens',
    'lib/chain',
    'lib/sources',
    'lib/cache',
    'lib/analytics',
    'lib/risk',
    'lib/report',
    'lib/labels',
    'lib/protocols',
    'lib/settings',
    'lib/detect',
    'lib/errors',
  ],
  // The wire protocol imports the domain it carries, never the reverse.
  'lib/messaging': ['lib/tokens', 'lib/report', 'lib/risk', 'lib/settings', 'lib/detect', 'lib/protocols', 'lib/labels', 'lib/errors'],
  // The pre-sign guard: decoding, decision and the page hook; it reads report states, never fetches.
  'lib/guard': ['lib/tokens', 'lib/text', 'lib/detect', 'lib/report', 'lib/risk', 'lib/wording', 'lib/settings', 'lib/protocols', 'lib/errors'],

  // Storage implements the chain's checkpoint store and keeps reports.
  'lib/cache': ['lib/tokens', 'lib/chain', 'lib/report', 'lib/errors'],
  // Data access: chain reads (viem) and public APIs are siblings; neither imports the other.
  'lib/chain': ['lib/analytics', 'lib/labels', 'lib/protocols', 'lib/report', 'lib/errors'],
  'lib/sources': ['lib/analytics', 'lib/labels', 'lib/protocols', 'lib/report', 'lib/errors'],
  // Page detection and settings: small domain modules.
  'lib/detect': ['lib/tokens', 'lib/protocols', 'lib/report', 'lib/settings', 'lib/errors'],
  'lib/settings': ['lib/tokens', 'lib/risk', 'lib/report', 'lib/protocols', 'lib/errors'],

  // Pure core (tests/purity.test.ts): plain data in, plain data out.
  'lib/wording': ['lib/text', 'lib/risk', 'lib/report', 'lib/analytics', 'lib/labels'],
  'lib/risk': ['lib/analytics', 'lib/report', 'lib/labels'],
  'lib/analytics': ['lib/report'],
  'lib/labels': ['lib/report'],
  'lib/protocols': ['lib/report'],
  'lib/tokens': ['lib/report'],
  'lib/text': [],
  'lib/report': [],
  'lib/errors': [],
};

/** The layer a root-relative file belongs to. */
export function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'lib') return parts[0];
  return parts.length === 2 ? `lib/${parts[1].replace(/\.tsx?$/, '')}` : `lib/${parts[1]}`;
}

/** Whether a file-to-file import follows the layers (or is a contract its importer implements). */
export function importAllowed(fromFile: string, toFile: string): boolean {
  return allowed(layerOf(fromFile), layerOf(toFile)) || (CONTRACTS[toFile]?.includes(layerOf(fromFile)) ?? false);
}

export function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  const arrows = ALLOWED[from];
  if (!arrows) return false;
  return arrows.includes(to) || (arrows.includes('lib/*') && to.startsWith('lib/'));
}

/**
 * Contracts: a file in one layer that another layer implements. The holder-source contract lives with
 * the holder reads that call it (lib/chain/holders); the indexers in lib/sources implement it and may
 * import that one file, and nothing else of lib/chain.
 */
export const CONTRACTS: Readonly<Record<string, readonly string[]>> = {
  'lib/chain/holders/holderSource.ts': ['lib/sources'],
};

/** Arrows against the layers still to remove (each one file-to-file import; the list only shrinks). */
export const KNOWN_EXCEPTIONS: readonly { from: string; to: string }[] = [];

/** Import cycles still to remove (same rule: the list only shrinks). */
export const KNOWN_CYCLES: readonly (readonly string[])[] = [];
