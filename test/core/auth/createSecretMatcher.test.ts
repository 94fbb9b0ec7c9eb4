import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSecretMatcher } from '../../../src/core/auth/createSecretMatcher.ts';

describe('createSecretMatcher', () => {
  const matches = createSecretMatcher('ac-dev-token');

  it('accepts exactly the configured secret', () => {
    expect(matches('ac-dev-token')).toBe(true);
  });

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['a prefix of it', 'ac-dev-toke'],
    ['it with one more character', 'ac-dev-token!'],
    ['it in another case', 'AC-DEV-TOKEN'],
    ['one bit off in the last character', 'ac-dev-tokeo'],
  ])('refuses a presented secret that is %s', (_, presented) => {
    expect(matches(presented)).toBe(false);
  });

  it('compares text (a non-ASCII secret matches itself and not a look-alike)', () => {
    const unicode = createSecretMatcher('clé-secrète-🔑');
    expect(unicode('clé-secrète-🔑')).toBe(true);
    expect(unicode('cle-secrete-🔑')).toBe(false);
  });

  it('refuses a value that only differs where the configured secret ends (a NUL past its end, a longer value)', () => {
    const short = createSecretMatcher('ab\u0000');
    expect(short('ab')).toBe(false);
    expect(short('ab\u0000')).toBe(true);
    expect(createSecretMatcher('ab')('ab\u0000')).toBe(false);
  });

  it('runs in a browser: no Node module', () => {
    const source = readFileSync(resolve(import.meta.dirname, '../../../src/core/auth/createSecretMatcher.ts'), 'utf8');
    expect(source).not.toMatch(/from 'node:|\bBuffer\b/);
  });
});
