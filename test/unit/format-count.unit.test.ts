/** Counts are written as `Intl.NumberFormat('en-US')` writes them, without building one per isolate. */
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/feeds/count';

describe('formatCount', () => {
  it('groups thousands exactly as en-US number formatting does', () => {
    const intl = new Intl.NumberFormat('en-US');
    const samples = [0, 1, 9, 10, 99, 100, 999, 1_000, 1_001, 12_345, 99_999, 100_000, 999_999, 1_000_000, 1_234_567, Number.MAX_SAFE_INTEGER, -1, -1_000, -1_234_567, 1.5, 2 ** 60];
    for (let n = 0; n < 20_000; n += 37) samples.push(n, n * 101);
    for (const n of samples) expect(formatCount(n), String(n)).toBe(intl.format(n));
  });
});
