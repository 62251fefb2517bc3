/**
 * Progress events on runtime Ports named 'progress'. Extension pages get every event; a tab's
 * port only gets events for tokens that tab asked about (no cross-tab leaks of what a person looks at).
 */
import type { Browser } from 'wxt/browser';
import type { ProgressEvent } from '../../lib/messaging/background-protocol';
import { tokenKey } from '../../lib/tokens/tokenRef';
import { classifySender, type ExtensionIdentity, type SenderInfo } from '../../lib/service/sender';

export class ProgressPorts {
  private readonly ports = new Map<Browser.runtime.Port, SenderInfo>();
  /** tabId → token keys that tab asked about. */
  private readonly interest = new Map<number, Set<string>>();

  constructor(private readonly ext: ExtensionIdentity) {}

  accept(port: Browser.runtime.Port): void {
    if (port.name !== 'progress') return;
    const sender = classifySender(port.sender, this.ext);
    if (!sender) {
      port.disconnect();
      return;
    }
    this.ports.set(port, sender);
    port.onDisconnect.addListener(() => this.ports.delete(port));
  }

  noteInterest(tabId: number, chainId: number, address: string): void {
    const set = this.interest.get(tabId) ?? new Set<string>();
    set.add(tokenKey(chainId, address));
    this.interest.set(tabId, set);
  }

  forgetTab(tabId: number): void {
    this.interest.delete(tabId);
  }

  emit(ev: ProgressEvent): void {
    const key = tokenKey(ev.chainId, ev.address);
    for (const [port, sender] of this.ports) {
      if (sender.kind === 'tab' && !this.interest.get(sender.tabId)?.has(key)) continue;
      try {
        port.postMessage(ev);
      } catch {
        this.ports.delete(port);
      }
    }
  }
}
