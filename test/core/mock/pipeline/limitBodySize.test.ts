import { describe, expect, it } from 'vitest';
import { limitBodySize } from '../../../../src/core/mock/pipeline/limitBodySize.ts';

describe('limitBodySize: a declared body over the limit is refused first (AC-32, AG-63)', () => {
  it('stops a Content-Length over the limit with 413 and asks for the connection to be closed', () => {
    expect(limitBodySize({ 'content-length': '1025' }, 1024)).toEqual({ kind: 'stop', error: { kind: 'PayloadTooLarge', limit: 1024 }, closeConnection: true });
  });

  it.each([['1024'], ['0'], [undefined], ['abc']])('lets Content-Length %j through (measured, if at all, where an operation reads the body)', (length) => {
    expect(limitBodySize(length === undefined ? {} : { 'content-length': length }, 1024)).toBeNull();
  });
});
