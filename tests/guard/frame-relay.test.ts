/** The messages that carry a subframe's check to the top frame are validated at every hop. */
import { describe, expect, it } from 'vitest';
import { FRAME_CHECK, TOP_CHECK, parseFrameAnswer, parseFrameCheck } from '../../lib/guard/bridge/frame-relay';
import { CHANNEL } from '../../lib/guard/bridge/protocol';

const check = {
  channel: CHANNEL,
  dir: 'to-ext',
  kind: 'check',
  id: 'ab'.repeat(16),
  method: 'eth_sendTransaction',
  payload: '[]',
  chainId: '0x1',
} as const;

describe('frame relay messages', () => {
  it('accepts a well-formed check of the expected hop only, keeping only known fields', () => {
    expect(parseFrameCheck({ type: FRAME_CHECK, check: { ...check, extra: 'x' } }, FRAME_CHECK)).toEqual(check);
    expect(parseFrameCheck({ type: FRAME_CHECK, check }, TOP_CHECK)).toBeNull();
    expect(parseFrameCheck({ type: TOP_CHECK, check }, TOP_CHECK)).toEqual(check);
  });

  it('rejects anything the page bridge would reject', () => {
    for (const bad of [
      { ...check, id: 'short' },
      { ...check, method: 'eth_call' },
      { ...check, chainId: 'mainnet' },
      { ...check, payload: 1 },
      { channel: CHANNEL, dir: 'to-ext', kind: 'bypass', reason: 'x' },
      null,
    ])
      expect(parseFrameCheck({ type: FRAME_CHECK, check: bad }, FRAME_CHECK)).toBeNull();
    expect(parseFrameCheck('guard.frame-check', FRAME_CHECK)).toBeNull();
  });

  it('answers are a decision or "unavailable", nothing else', () => {
    expect(parseFrameAnswer({ decision: 'forward' })).toEqual({ decision: 'forward' });
    expect(parseFrameAnswer({ decision: 'reject', report: {} })).toEqual({ decision: 'reject' });
    expect(parseFrameAnswer({ unavailable: true })).toEqual({ unavailable: true });
    for (const bad of [undefined, null, {}, { decision: 'allow' }, { unavailable: 'yes' }]) expect(parseFrameAnswer(bad)).toBeNull();
  });
});
