import { describe, expect, it } from 'vitest';
import { MAX_DELAY_MS, parsePrefer, wantsPrism } from '../../../src/core/http/prefer.ts';

describe('parsePrefer', () => {
  it.each([
    [undefined, {}],
    ['code=404', { code: 404 }],
    ['example=seed', { example: 'seed' }],
    ['dynamic=true', { dynamic: true }],
    ['code=422, example="bad input"', { code: 422, example: 'bad input' }],
    ['delay=250; code=200', { delayMs: 250, code: 200 }],
    [`delay=${MAX_DELAY_MS * 10}`, { delayMs: MAX_DELAY_MS }],
    ['code=abc, delay=-5, respond-async, return=minimal', {}],
  ])('reads %j as %j', (header, expected) => {
    expect(parsePrefer(header)).toEqual(expected);
  });

  it('sends code, example and dynamic preferences to Prism, but not a bare delay', () => {
    expect(wantsPrism(parsePrefer('code=404'))).toBe(true);
    expect(wantsPrism(parsePrefer('example=x'))).toBe(true);
    expect(wantsPrism(parsePrefer('dynamic=true'))).toBe(true);
    expect(wantsPrism(parsePrefer('dynamic=false, delay=10'))).toBe(false);
  });
});
