import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildFirefoxExtension } from './build';
import { findFirefox, NO_FIREFOX_HINT } from './firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    firefoxExtensionDir: string;
  }
}

/**
 * Once per run: find Firefox (one clear line when there is none) and build the Firefox extension.
 * The teardown removes this run's build folder (tests/.cache/e2e-firefox-build-<pid>).
 */
export default function setup(project: TestProject): () => void {
  if (!findFirefox()) throw new Error(NO_FIREFOX_HINT);
  const extensionDir = buildFirefoxExtension();
  project.provide('firefoxExtensionDir', extensionDir);
  return () => rmSync(dirname(extensionDir), { recursive: true, force: true });
}
