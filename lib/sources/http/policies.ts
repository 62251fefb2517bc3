/**
 * Published limits per service, as token buckets. Where a service publishes only
 * "N per window", the bucket is sized so that NO window of that length can see more
 * than N requests: capacity + rate × window ≤ N.
 */
import type { BucketSpec } from './rateLimiter';

export type PolicyName = 'blockscout' | 'blockscout-keyed' | 'ethplorer' | 'snapshot' | 'goplus';

export const RATE_POLICIES: Record<PolicyName, readonly BucketSpec[]> = {
  // Keyless instances: documented 3–5 rps; we send at most 4 per second, evenly spaced.
  blockscout: [{ capacity: 1, perSecond: 4 }],
  // Keyed multi-chain API (api.blockscout.com), free plan: 5 rps.
  'blockscout-keyed': [{ capacity: 1, perSecond: 5 }],
  // Ethplorer freekey: 2/s, 30/min, 200/h, 1000/day. A personal key is at least as generous,
  // so the same buckets are safe for it too.
  ethplorer: [
    { capacity: 1, perSecond: 2 },
    { capacity: 5, perSecond: 25 / 60 },
    { capacity: 10, perSecond: 190 / 3600 },
    { capacity: 10, perSecond: 990 / 86400 },
  ],
  // Snapshot hub keyless: 100 requests/min per IP.
  snapshot: [{ capacity: 5, perSecond: 95 / 60 }],
  // GoPlus publishes no limit; stay at ≤ 30 per minute.
  goplus: [{ capacity: 1, perSecond: 29 / 60 }],
};
