import { describe, expect, it } from 'vitest';
import { parseRequestUrl } from '../../../../src/core/mock/pipeline/parseRequestUrl.ts';

describe('the request URL', () => {
  it('is built from the target and the Host header', () => {
    expect(parseRequestUrl('/v1/things?page=2', 'localhost:4010')?.href).toBe('http://localhost:4010/v1/things?page=2');
  });

  it('falls back to 127.0.0.1 without a usable Host header', () => {
    expect(parseRequestUrl('/v1/things', undefined)?.host).toBe('127.0.0.1');
    expect(parseRequestUrl('/v1/things', 'bad host[')?.host).toBe('127.0.0.1');
  });

  it('is null for broken percent-encoding (no route could match it)', () => {
    expect(parseRequestUrl('/v1/things/ab%zz', 'h')).toBeNull();
  });
});
