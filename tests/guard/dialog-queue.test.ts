import { describe, expect, it } from 'vitest';
import { oneDialogAtATime } from '../../lib/guard/dialog-queue';
import type { GuardView } from '../../lib/guard/decide';

const view = (headline: GuardView['headline']): GuardView => ({ headline, tokens: [] });

describe('one dialog at a time', () => {
  it('later dialogs mount, with their latest view, only after the earlier ones close', () => {
    const shown: string[] = [];
    const open = new Set<string>();
    const show = oneDialogAtATime((v) => {
      shown.push(v.headline);
      open.add(v.headline);
      return { update: () => undefined, close: () => open.delete(v.headline) };
    });
    const a = show(view('danger'), [], () => undefined);
    const b = show(view('pending'), [], () => undefined);
    const c = show(view('caution'), [], () => undefined);
    expect(shown).toEqual(['danger']);
    expect(show.waiting()).toBe(2);
    b.update(view('unknown'));
    c.close(); // closed while waiting: never mounted
    a.close();
    expect(shown).toEqual(['danger', 'unknown']);
    expect([...open]).toEqual(['unknown']);
    b.close();
    expect(show.waiting()).toBe(0);
    show(view('ok'), [], () => undefined);
    expect(shown).toEqual(['danger', 'unknown', 'ok']);
  });

  it('a dialog that fails to mount frees the slot and reports the failure', () => {
    let fail = true;
    const show = oneDialogAtATime((v) => {
      if (fail) throw new Error('no DOM');
      return { update: () => undefined, close: () => undefined, v };
    });
    expect(() => show(view('danger'), [], () => undefined)).toThrow('no DOM');
    fail = false;
    expect(() => show(view('danger'), [], () => undefined)).not.toThrow();
  });
});
