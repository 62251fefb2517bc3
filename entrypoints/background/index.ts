import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { wireBackground } from './wire';
import { relayFrameChecks } from './guardFrames';
import { relayGuardFrames } from './guard-frame-relay';

export default defineBackground(() => {
  // Listeners are registered synchronously inside wireBackground: the event that woke a
  // stopped worker is delivered only to listeners added in the first turn.
  wireBackground();
  relayFrameChecks(browser);
  if (import.meta.env.FIREFOX) relayGuardFrames(browser);
});
