/**
 * The layers of Whale Lens as data: for each layer, the layers it may import. Anything else is an arrow
 * against the flow page → detector → background → sources/chain → analytics → risk → report → UI.
 * A layer is a top-level folder (entrypoints, components) or a folder or file directly under lib/.
 */
export const ALLOWED: Record<string, readonly string[]> = {
  // Browser entrypoints wire everything together.
  entrypoints: ['components', 'lib/*'],
  // UI: shows reports and settings; talks to the background through messaging, never runs the analysis itself.
  components: ['lib/detect', 'lib/guard', 'lib/messaging', 'lib/protocols', 'lib/report', 'lib/risk', 'lib/settings', 'lib/wording', 'lib/labels', 'lib/errors'],

  // Node CLI: runs the same pipeline as the background.
  'lib/cli': ['lib/analysis', 'lib/chain', 'lib/sources', 'lib/analytics', 'lib/risk', 'lib/report', 'lib/wording', 'lib/labels', 'lib/protocols', 'lib/detect', 'lib/settings', 'lib/errors'],
  // Background service: request handling, queue, tab state, cache; delegates the analysis to lib/analysis.
  'lib/service': [
    'lib/analysis', 'lib/chain', 'lib/sources', 'lib/cache', 'lib/messaging', 'lib/settings', 'lib/detect', 'lib/protocols',
    'lib/risk', 'lib/report', 'lib/wording', 'lib/labels', 'lib/analytics', 'lib/errors',
  ],
  // The pipeline both use: gathers the sections and builds the Report once.
  'lib/analysis': ['lib/chain', 'lib/sources', 'lib/cache', 'lib/analytics', 'lib/risk', 'lib/report', 'lib/labels', 'lib/protocols', 'lib/settings', 'lib/detect', 'lib/errors'],
  // The wire protocol imports the domain it carries, never the reverse.
  'lib/messaging': ['lib/report', 'lib/risk', 'lib/settings', 'lib/detect', 'lib/protocols', 'lib/labels', 'lib/errors'],
  // The pre-sign guard: decoding, decision and the page hook; it reads report states, never fetches.
  'lib/guard': ['lib/detect', 'lib/report', 'lib/risk', 'lib/wording', 'lib/settings', 'lib/protocols', 'lib/errors'],

  // Storage implements the chain's checkpoint store and keeps reports.
  'lib/cache': ['lib/chain', 'lib/report', 'lib/errors'],
  // Data access: chain reads (viem) and public APIs are siblings; neither imports the other.
  'lib/chain': ['lib/analytics', 'lib/labels', 'lib/protocols', 'lib/report', 'lib/errors'],
  'lib/sources': ['lib/analytics', 'lib/labels', 'lib/protocols', 'lib/report', 'lib/errors'],
  // Page detection and settings: small domain modules.
  'lib/detect': ['lib/protocols', 'lib/report', 'lib/settings', 'lib/errors'],
  'lib/settings': ['lib/risk', 'lib/report', 'lib/protocols', 'lib/errors'],

  // Pure core (tests/purity.test.ts): plain data in, plain data out.
  'lib/wording': ['lib/risk', 'lib/report', 'lib/analytics', 'lib/labels'],
  'lib/risk': ['lib/analytics', 'lib/report', 'lib/labels'],
  'lib/analytics': ['lib/report'],
  'lib/labels': ['lib/report'],
  'lib/protocols': ['lib/report'],
  'lib/report': [],
  'lib/errors': [],
};

/** The layer a root-relative file belongs to. */
export function layerOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] !== 'lib') return parts[0];
  return parts.length === 2 ? `lib/${parts[1].replace(/\.tsx?$/, '')}` : `lib/${parts[1]}`;
}

export function allowed(from: string, to: string): boolean {
  if (from === to) return true;
  const arrows = ALLOWED[from];
  if (!arrows) return false;
  return arrows.includes(to) || (arrows.includes('lib/*') && to.startsWith('lib/'));
}

/**
 * Arrows against the layers that exist today and are being removed by the restructuring under way
 * (domain types leaving the wire protocol, the pipeline moving to lib/analysis, thresholds owned by
 * lib/risk). Each is one file-to-file import. Remove an entry when its import is gone; the test fails
 * on an entry that no longer matches anything, so this list can only shrink.
 */
export const KNOWN_EXCEPTIONS: readonly { from: string; to: string }[] = [
  // PageTarget, AnalysisProgress and ReportState move out of the wire protocol into detect and report.
  { from: 'lib/chain/analyzeToken.ts', to: 'lib/messaging/background-protocol.ts' },
  { from: 'lib/chain/holders/collectHolders.ts', to: 'lib/messaging/background-protocol.ts' },
  { from: 'lib/detect/index.ts', to: 'lib/messaging/background-protocol.ts' },
  { from: 'lib/detect/core.ts', to: 'lib/messaging/background-protocol.ts' },
  { from: 'lib/guard/decide.ts', to: 'lib/messaging/background-protocol.ts' },
  { from: 'lib/guard/flow.ts', to: 'lib/messaging/background-protocol.ts' },
  // The CLI still reaches the pipeline through lib/service until it lives in lib/analysis.
  { from: 'lib/cli/commands/token.ts', to: 'lib/service/gatherReport.ts' },
  { from: 'lib/cli/commands/tokens.ts', to: 'lib/service/gatherReport.ts' },
  // The holder-source contract is defined once in lib/chain/holders; sources stop importing chain.
  { from: 'lib/sources/types.ts', to: 'lib/chain/analyzeToken.ts' },
  // The thresholds table moves into lib/risk; settings reads it, not the reverse.
  { from: 'lib/risk/index.ts', to: 'lib/settings/types.ts' },
  { from: 'lib/risk/thresholds.ts', to: 'lib/settings/types.ts' },
];

/** Import cycles that exist today and are being removed with the pipeline's move (same rule: only shrinks). */
export const KNOWN_CYCLES: readonly (readonly string[])[] = [
  [
    'lib/chain/analyzeToken.ts',
    'lib/chain/holders/buildHoldersSection.ts',
    'lib/chain/holders/collectHolders.ts',
    'lib/chain/insights/buildInsights.ts',
    'lib/chain/insights/readInsights.ts',
  ],
];
