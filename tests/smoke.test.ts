import { describe, expect, it } from 'vitest';
import { WhaleLensError, oneLine } from '../lib/errors';

describe('errors', () => {
  it('keeps one readable line and the cause', () => {
    const cause = new Error('socket hang up\n    at stack');
    const err = new WhaleLensError('RPC unreachable', { cause, details: 'http://127.0.0.1:1' });
    expect(oneLine(err)).toBe('RPC unreachable (http://127.0.0.1:1)');
    expect(err.walk()).toBe(cause);
    expect(oneLine(cause)).toBe('socket hang up');
  });
});
