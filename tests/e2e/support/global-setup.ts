import type { TestProject } from 'vitest/node';
import { buildExtension } from './build';
import { findChromium, NO_BROWSER_HINT } from './browser';

declare module 'vitest' {
  export interface ProvidedContext {
    extensionDir: string;
  }
}

/** Once per run: find a browser (one clear line when there is none) and build the extension. */
export default function setup(project: TestProject): void {
  if (!findChromium()) throw new Error(NO_BROWSER_HINT);
  project.provide('extensionDir', buildExtension());
}
