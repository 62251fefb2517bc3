import { describe, expect, it } from 'vitest';
import {
  MAX_PENDING_TOKENS,
  parseGuardChoice,
  parsePendingFromPopup,
  parsePendingFromTab,
  summarize,
  type PendingSummary,
} from '../../lib/guard/pending/protocol';
import { MAX_PER_TAB, PendingStore } from '../../lib/guard/pending/store';
import type { GuardView } from '../../lib/guard/decide';

const ID = 'ab'.repeat(16);
const TOKEN = '0x1111111111111111111111111111111111111111';
const SUMMARY: PendingSummary = {
  headline: 'danger',
  tokens: [{ chainId: 1, token: TOKEN, label: 'Risky (RSK)', status: 'danger', reason: 'One holder owns 99%' }],
};

describe('pending decisions: messages are validated on receipt', () => {
  it('accepts the tab messages it knows, with only the known fields', () => {
    expect(parsePendingFromTab({ type: 'guard.waiting', id: ID, hidden: true, summary: { ...SUMMARY, extra: 1 }, url: 'https://x' })).toEqual({
      type: 'guard.waiting',
      id: ID,
      hidden: true,
      summary: SUMMARY,
    });
    expect(parsePendingFromTab({ type: 'guard.settled', id: ID })).toEqual({ type: 'guard.settled', id: ID });
  });

  it('drops malformed ones', () => {
    const bad = [
      null,
      'guard.waiting',
      { type: 'guard.waiting', id: 'short', hidden: false, summary: SUMMARY },
      { type: 'guard.waiting', id: ID, hidden: 'yes', summary: SUMMARY },
      { type: 'guard.waiting', id: ID, hidden: false, summary: { headline: 'fine', tokens: [] } },
      { type: 'guard.waiting', id: ID, hidden: false, summary: { headline: 'ok', tokens: [{ ...SUMMARY.tokens[0], token: '0x12' }] } },
      { type: 'guard.waiting', id: ID, hidden: false, summary: { headline: 'ok', tokens: [{ ...SUMMARY.tokens[0], label: 5 }] } },
      { type: 'guard.waiting', id: ID, hidden: false, summary: { headline: 'ok', tokens: Array(MAX_PENDING_TOKENS + 1).fill(SUMMARY.tokens[0]) } },
      { type: 'guard.choose', tabId: 1, id: ID, decision: 'forward' },
    ];
    for (const m of bad) expect(parsePendingFromTab(m), JSON.stringify(m)).toBeNull();
  });

  it('cuts very long names instead of refusing them', () => {
    const long = { ...SUMMARY, tokens: [{ ...SUMMARY.tokens[0], label: 'x'.repeat(5000) }] };
    const m = parsePendingFromTab({ type: 'guard.waiting', id: ID, hidden: false, summary: long });
    expect(m?.type === 'guard.waiting' && m.summary.tokens[0]!.label.length).toBe(400);
  });

  it('popup messages and the choice sent to the tab', () => {
    expect(parsePendingFromPopup({ type: 'guard.pending' })).toEqual({ type: 'guard.pending' });
    expect(parsePendingFromPopup({ type: 'guard.choose', tabId: 3, id: ID, decision: 'reject' })).toEqual({
      type: 'guard.choose',
      tabId: 3,
      id: ID,
      decision: 'reject',
    });
    expect(parsePendingFromPopup({ type: 'guard.choose', tabId: -1, id: ID, decision: 'reject' })).toBeNull();
    expect(parsePendingFromPopup({ type: 'guard.choose', tabId: 3, id: ID, decision: 'dismiss' })).toBeNull();
    expect(parseGuardChoice({ type: 'guard.choice', id: ID, decision: 'forward' })).toEqual({ type: 'guard.choice', id: ID, decision: 'forward' });
    expect(parseGuardChoice({ type: 'guard.choice', id: ID.toUpperCase(), decision: 'forward' })).toBeNull();
  });

  it('summarizes the dialog view: worst first, one reason, no more than the cap', () => {
    const view: GuardView = {
      headline: 'danger',
      tokens: Array.from({ length: 10 }, (_, i) => ({
        chainId: 1,
        token: TOKEN,
        touches: [],
        status: i === 0 ? 'danger' : 'unknown',
        reasons: i === 0 ? [{ ruleId: 'r', severity: 'danger', title: 'One holder owns 99%' } as never] : [],
        note: i === 0 ? undefined : 'Chain 5 is not set up in Whale Lens.',
      })),
    };
    const s = summarize(view, () => 'Risky (RSK)');
    expect(s.tokens).toHaveLength(MAX_PENDING_TOKENS);
    expect(s.tokens[0]).toEqual(SUMMARY.tokens[0]);
    expect(s.tokens[1]!.reason).toBe('Chain 5 is not set up in Whale Lens.');
    expect(parsePendingFromTab({ type: 'guard.waiting', id: ID, hidden: false, summary: s })).not.toBeNull();
  });
});

describe('pending store', () => {
  it('keeps requests per tab, remembers "hidden", lists the active tab and hidden ones first', () => {
    const s = new PendingStore();
    s.waiting(1, 'a.example', 'a'.repeat(32), false, SUMMARY, 100);
    s.waiting(2, 'b.example', 'b'.repeat(32), false, SUMMARY, 200);
    s.waiting(2, 'b.example', 'c'.repeat(32), true, SUMMARY, 300);
    s.waiting(2, 'b.example', 'c'.repeat(32), false, SUMMARY, 400); // a heartbeat does not un-hide it
    expect(s.list().map((p) => [p.tabId, p.id[0], p.hidden, p.since])).toEqual([
      [2, 'c', true, 300],
      [1, 'a', false, 100],
      [2, 'b', false, 200],
    ]);
    expect(s.list(1)[0]!.tabId).toBe(1);
    expect(s.count(2)).toBe(2);
    s.settled(2, 'c'.repeat(32));
    expect(s.has(2, 'c'.repeat(32))).toBe(false);
    s.forgetTab(2);
    expect(s.count(2)).toBe(0);
  });

  it('drops entries not heard of for a while, and is bounded per tab', () => {
    const s = new PendingStore(1000);
    s.waiting(1, undefined, 'a'.repeat(32), false, SUMMARY, 0);
    s.waiting(1, undefined, 'b'.repeat(32), false, SUMMARY, 900);
    expect(s.expire(1500)).toEqual([1]);
    expect(s.list().map((p) => p.id[0])).toEqual(['b']);
    const flood = new PendingStore();
    for (let i = 0; i < MAX_PER_TAB + 10; i++) flood.waiting(7, undefined, i.toString(16).padStart(32, '0'), false, SUMMARY, i);
    expect(flood.count(7)).toBe(MAX_PER_TAB);
  });
});
