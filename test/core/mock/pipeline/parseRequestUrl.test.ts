import { describe, expect, it } from 'vitest';
import { createRequestUrlParser, KEPT_REQUEST_URLS, parseRequestUrl } from '../../../../src/core/mock/pipeline/parseRequestUrl.ts';

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

describe('the request URL parser that keeps recent URLs', () => {
  it('gives a repeated target and Host the URL it parsed the first time', () => {
    const parse = createRequestUrlParser();
    const first = parse('/v1/things?page=2', 'localhost:4010');
    expect(parse('/v1/things?page=2', 'localhost:4010')).toBe(first);
    expect(first?.href).toBe('http://localhost:4010/v1/things?page=2');
  });

  it('parses each target and Host on its own', () => {
    const parse = createRequestUrlParser();
    expect(parse('/v1/things', 'a:1')?.href).toBe('http://a:1/v1/things');
    expect(parse('/v1/things', 'b:2')?.href).toBe('http://b:2/v1/things');
    expect(parse('/v1/things?x', 'a:1')?.href).toBe('http://a:1/v1/things?x');
    expect(parse('/v1/things', undefined)?.href).toBe('http://127.0.0.1/v1/things');
    expect(parse('/v1/things', '')?.href).toBe('http://127.0.0.1/v1/things');
    expect(parse('/v1/things', 'bad host[')?.href).toBe('http://127.0.0.1/v1/things');
    expect(parse('/v1/things', 'a:1')?.href).toBe('http://a:1/v1/things');
  });

  it('parses again a URL that a stage changed, and never hands out the changed one', () => {
    const parse = createRequestUrlParser();
    const first = parse('/v1/things?page=2', 'h')!;
    first.searchParams.set('page', '9');
    const second = parse('/v1/things?page=2', 'h');
    expect(second).not.toBe(first);
    expect(second?.href).toBe('http://h/v1/things?page=2');
  });

  it('answers null for a broken target every time', () => {
    const parse = createRequestUrlParser();
    expect(parse('/v1/things/ab%zz', 'h')).toBeNull();
    expect(parse('/v1/things/ab%zz', 'h')).toBeNull();
  });

  it('keeps at most KEPT_REQUEST_URLS, then parses again what it dropped, rightly', () => {
    const parse = createRequestUrlParser();
    const first = parse('/v1/things/0', 'h');
    for (let i = 1; i < KEPT_REQUEST_URLS; i++) parse(`/v1/things/${i}`, 'h');
    expect(parse('/v1/things/0', 'h')).toBe(first);
    parse(`/v1/things/${KEPT_REQUEST_URLS}`, 'h');
    const again = parse('/v1/things/0', 'h');
    expect(again).not.toBe(first);
    expect(again?.href).toBe('http://h/v1/things/0');
    for (let i = 0; i <= KEPT_REQUEST_URLS; i++) expect(parse(`/v1/things/${i}`, 'h')?.pathname).toBe(`/v1/things/${i}`);
  });
});
