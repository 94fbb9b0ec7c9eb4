import { describe, expect, it } from 'vitest';
import { decodeJsonBody, isJsonMediaType, mediaTypeOf } from '../../../src/core/http/decodeJsonBody.ts';

describe('the one JSON body rule', () => {
  it.each([
    ['application/json', true],
    ['application/problem+json', true],
    ['application/vnd.api+json', true],
    ['text/json', false],
    ['application/json-seq', false],
    ['text/plain', false],
    ['', false],
  ])('%j is JSON: %s', (mediaType, json) => {
    expect(isJsonMediaType(mediaType)).toBe(json);
  });

  it('reads the media type without parameters, in lower case', () => {
    expect(mediaTypeOf('Application/JSON ; charset=UTF-8')).toBe('application/json');
    expect(mediaTypeOf(undefined)).toBe('');
  });

  it('parses a JSON body of a JSON media type', () => {
    expect(decodeJsonBody('{"a":[1,2]}', 'application/merge-patch+json; charset=utf-8')).toEqual({ kind: 'json', value: { a: [1, 2] } });
  });

  it('gives the caller its own value for an empty body, whatever the content type', () => {
    expect(decodeJsonBody('', 'text/plain', {})).toEqual({ kind: 'json', value: {} });
    expect(decodeJsonBody('', undefined)).toEqual({ kind: 'json', value: undefined });
  });

  it('refuses a body that is not declared as JSON, naming its media type', () => {
    expect(decodeJsonBody('a=1', 'application/x-www-form-urlencoded')).toEqual({ kind: 'notJson', mediaType: 'application/x-www-form-urlencoded' });
    expect(decodeJsonBody('{}', undefined)).toEqual({ kind: 'notJson', mediaType: '' });
  });

  it('calls a body that does not parse, or holds a number beyond a double, malformed', () => {
    expect(decodeJsonBody('{"a":', 'application/json').kind).toBe('malformed');
    expect(decodeJsonBody('{"n": 1e400}', 'application/json')).toEqual({ kind: 'malformed', detail: 'a number is out of range (not a finite double)' });
  });
});
