import { describe, expect, it } from 'vitest';
import { responseKeyFor } from '../../../src/core/openapi/responseKeyFor.ts';

describe('choosing the declared response for a status', () => {
  const declared = (...keys: string[]) => (key: string) => keys.includes(key);

  it.each([
    [200, ['200', '2XX', 'default'], '200'],
    [201, ['200', '2XX', 'default'], '2XX'],
    [500, ['200', '2XX', 'default'], 'default'],
    [404, ['200', '4XX'], '4XX'],
    [302, ['200', '4XX'], undefined],
  ])('selects for %i among %j: %s (exact, then the range, then default)', (status, keys, key) => {
    expect(responseKeyFor(status, declared(...keys))).toBe(key);
  });
});
