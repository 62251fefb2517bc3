/** Rewrites the generated thresholds table in lib/risk/README.md from lib/risk/thresholdTable.ts. */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withThresholdsSection } from '../lib/risk/thresholdsReadme';

const path = fileURLToPath(new URL('../lib/risk/README.md', import.meta.url));
const before = readFileSync(path, 'utf8');
const after = withThresholdsSection(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'lib/risk/README.md is up to date' : 'lib/risk/README.md: thresholds table rewritten');
