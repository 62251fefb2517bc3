/**
 * Typed requests to the background service, for content scripts, the popup and options.
 * The background validates every message (./validate.ts) and ignores what it does not know.
 */
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponses } from './background-protocol';

export type RequestOf<T extends BackgroundRequest['type']> = Extract<BackgroundRequest, { type: T }>;

export async function askBackground<T extends BackgroundRequest['type']>(msg: RequestOf<T>): Promise<BackgroundResponses[T]> {
  return (await browser.runtime.sendMessage(msg)) as BackgroundResponses[T];
}
