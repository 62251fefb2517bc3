import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildExtension } from './build';
import { findChromium, NO_BROWSER_HINT } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

/**
 * Once per run: find a browser (one clear line when there is none) and build the extension.
 * The teardown removes this run's build folder (tests/.cache/e2e-build-<pid>).
 */
export default function setup(project: TestProject): () => void {
  if (!findChromium()) throw new Error(NO_BROWSER_HINT);
  const extensionDir = buildExtension();
  project.provide('extensionDir', extensionDir);
  return () => rmSync(dirname(extensionDir), { recursive: true, force: true });
}
