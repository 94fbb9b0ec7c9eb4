import { describe, expect, it } from 'vitest';
import { createDomainEnv, watchDomainEnv } from '../../../src/core/domain/DomainEnv.ts';

describe('createDomainEnv', () => {
  it('draws random lower-case hex of exactly the length asked, never the same twice, across many blocks of its pool', () => {
    const env = createDomainEnv(0);
    const seen = new Set<string>();
    for (let i = 0; i < 3000; i++) {
      for (const length of [1, 8, 15, 32, 96]) {
        const hex = env.randomHex(length);
        expect(hex).toMatch(new RegExp(`^[0-9a-f]{${length}}$`));
        if (length >= 15) seen.add(hex);
      }
    }
    expect(seen.size).toBe(3 * 3000);
  });

  it('uses every hex digit (the bytes are not stuck)', () => {
    const env = createDomainEnv(0);
    const digits = new Set(env.randomHex(4000));
    expect(digits.size).toBe(16);
  });

  it('refuses a length its pool cannot give at once', () => {
    expect(() => createDomainEnv(0).randomHex(10_000)).toThrow(RangeError);
  });
});

describe('watchDomainEnv', () => {
  it('notes a clock read or an id drawn, and nothing else', () => {
    const use = { used: false };
    const env = watchDomainEnv(createDomainEnv(1234), use);
    expect(use.used).toBe(false);
    expect(env.nowMs).toBe(1234);
    expect(use.used).toBe(true);
    const uuidUse = { used: false };
    expect(watchDomainEnv(createDomainEnv(0), uuidUse).uuid()).toMatch(/^[0-9a-f-]{36}$/);
    expect(uuidUse.used).toBe(true);
    const hexUse = { used: false };
    watchDomainEnv(createDomainEnv(0), hexUse).randomHex(4);
    expect(hexUse.used).toBe(true);
  });
});
