/**
 * A guarded request waiting for the person, told to the background so the toolbar popup can
 * offer the same choice where no page can reach it (the page may hide, cover or keep removing
 * the in-page dialog). Messages:
 *   guard content script → background: `guard.waiting` (again on every change and as a
 *     heartbeat), `guard.settled` when the request has ended;
 *   popup → background: `guard.pending` (list), `guard.choose` (the person's choice);
 *   background → the tab's guard content script: `guard.choice`.
 * The id is the content script's own random id, never the page's. Only what the dialog shows
 * crosses: headline, token addresses, chain ids, names and one reason — no page URL (the
 * background knows the tab's site from the sender, as for every tab message).
 * Every message is validated on receipt; anything else is dropped (null). Pure.
 */
import type { Decision } from '../bridge/protocol';
import type { GuardView, Headline, TokenStatus } from '../decide';
import type { Address } from '../../report/types';

export const PENDING_ID_PATTERN = /^[0-9a-f]{32}$/;
export const MAX_PENDING_TOKENS = 8;
/** Names are cut here (the popup cuts further for display, keeping the full text in a tooltip). */
export const MAX_TEXT = 400;

export interface PendingToken {
  chainId: number;
  token: Address;
  /** Name and symbol as the dialog shows them; from the chain, so untrusted text. */
  label: string;
  status: Exclude<TokenStatus, 'dismissed'>;
  /** The most severe reason, or why it could not be verified. */
  reason?: string;
}

export interface PendingSummary {
  headline: Headline;
  tokens: PendingToken[];
}

export type PendingFromTab = { type: 'guard.waiting'; id: string; hidden: boolean; summary: PendingSummary } | { type: 'guard.settled'; id: string };

export type PendingFromPopup = { type: 'guard.pending' } | { type: 'guard.choose'; tabId: number; id: string; decision: Decision };

export interface GuardChoice {
  type: 'guard.choice';
  id: string;
  decision: Decision;
}

/** One waiting request as the popup sees it. */
export interface PendingDecision {
  tabId: number;
  /** The tab's site (hostname), from the message sender. */
  site?: string;
  id: string;
  /** The page kept the in-page dialog hidden, covered or removed. */
  hidden: boolean;
  summary: PendingSummary;
  /** When it was first reported (ms since epoch). */
  since: number;
}

export interface PendingResponses {
  'guard.waiting': { ok: true };
  'guard.settled': { ok: true };
  'guard.pending': { pending: PendingDecision[] };
  'guard.choose': { ok: boolean };
}

const HEADLINES: ReadonlySet<string> = new Set(['danger', 'caution', 'unknown', 'pending', 'ok']);
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isId = (x: unknown): x is string => typeof x === 'string' && PENDING_ID_PATTERN.test(x);
const isDecision = (x: unknown): x is Decision => x === 'forward' || x === 'reject';
const text = (x: unknown): string | undefined => (typeof x === 'string' ? x.slice(0, MAX_TEXT) : undefined);

/** What the popup needs from the dialog's view: worst first, at most MAX_PENDING_TOKENS. */
export function summarize(view: GuardView, label: (t: GuardView['tokens'][number]) => string): PendingSummary {
  return {
    headline: view.headline,
    tokens: view.tokens.slice(0, MAX_PENDING_TOKENS).map((t) => {
      const reason = t.reasons[0]?.title ?? t.note;
      const out: PendingToken = {
        chainId: t.chainId,
        token: t.token,
        label: label(t).slice(0, MAX_TEXT),
        status: t.status as PendingToken['status'],
      };
      if (reason) out.reason = reason.slice(0, MAX_TEXT);
      return out;
    }),
  };
}

function parseToken(x: unknown): PendingToken | null {
  if (!isObj(x)) return null;
  const { chainId, token, status } = x;
  if (typeof chainId !== 'number' || !Number.isSafeInteger(chainId) || chainId < 0) return null;
  if (typeof token !== 'string' || !ADDRESS.test(token)) return null;
  if (typeof status !== 'string' || !HEADLINES.has(status)) return null;
  const label = text(x.label);
  if (label === undefined) return null;
  const out: PendingToken = { chainId, token: token as Address, label, status: status as PendingToken['status'] };
  const reason = text(x.reason);
  if (reason !== undefined) out.reason = reason;
  return out;
}

export function parseSummary(x: unknown): PendingSummary | null {
  if (!isObj(x) || typeof x.headline !== 'string' || !HEADLINES.has(x.headline)) return null;
  if (!Array.isArray(x.tokens) || x.tokens.length > MAX_PENDING_TOKENS) return null;
  const tokens: PendingToken[] = [];
  for (const t of x.tokens) {
    const p = parseToken(t);
    if (!p) return null;
    tokens.push(p);
  }
  return { headline: x.headline as Headline, tokens };
}

export function parsePendingFromTab(x: unknown): PendingFromTab | null {
  if (!isObj(x) || !isId(x.id)) return null;
  if (x.type === 'guard.settled') return { type: 'guard.settled', id: x.id };
  if (x.type !== 'guard.waiting' || typeof x.hidden !== 'boolean') return null;
  const summary = parseSummary(x.summary);
  return summary ? { type: 'guard.waiting', id: x.id, hidden: x.hidden, summary } : null;
}

export function parsePendingFromPopup(x: unknown): PendingFromPopup | null {
  if (!isObj(x)) return null;
  if (x.type === 'guard.pending') return { type: 'guard.pending' };
  if (x.type !== 'guard.choose' || !isId(x.id) || !isDecision(x.decision)) return null;
  const { tabId } = x;
  if (typeof tabId !== 'number' || !Number.isSafeInteger(tabId) || tabId < 0) return null;
  return { type: 'guard.choose', tabId, id: x.id, decision: x.decision };
}

export function parseGuardChoice(x: unknown): GuardChoice | null {
  if (!isObj(x) || x.type !== 'guard.choice' || !isId(x.id) || !isDecision(x.decision)) return null;
  return { type: 'guard.choice', id: x.id, decision: x.decision };
}

/** Any message type this module owns (so the background's main handler can leave it alone). */
export function isPendingMessage(x: unknown): boolean {
  return isObj(x) && typeof x.type === 'string' && ['guard.waiting', 'guard.settled', 'guard.pending', 'guard.choose'].includes(x.type);
}
