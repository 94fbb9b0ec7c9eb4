import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hasValidSignature, laravelUrlSignature, signTemporalAccess, signTemporalAccessUrl, temporalAccessUrl } from '../../../src/anyclassroom/mock/signTemporalAccessUrl.ts';

const input = { linkBaseUrl: 'https://app.anyclassroom.com', appKey: 'base64:c2VjcmV0LWtleQ==', token: '66b8ae29-ca3e-4505-a7a5-c2075b1366de', expires: 1596643000 };

describe('signTemporalAccessUrl', () => {
  it('builds {linkBaseUrl}/temporal-access/{token}?expires={until}&signature={64 lower-case hex}', () => {
    const url = signTemporalAccessUrl(input);
    expect(url).toMatch(/^https:\/\/app\.anyclassroom\.com\/temporal-access\/66b8ae29-ca3e-4505-a7a5-c2075b1366de\?expires=1596643000&signature=[0-9a-f]{64}$/);
  });

  it('signs with HMAC-SHA256 keyed with the app key string over the full URL without the signature', () => {
    const url = signTemporalAccessUrl(input);
    const [unsigned, signature] = url.split('&signature=') as [string, string];
    expect(unsigned).toBe('https://app.anyclassroom.com/temporal-access/66b8ae29-ca3e-4505-a7a5-c2075b1366de?expires=1596643000');
    expect(signature).toBe(createHmac('sha256', input.appKey).update(unsigned).digest('hex'));
    expect(laravelUrlSignature(unsigned, input.appKey)).toBe(signature);
  });

  it('keeps the signature as its 32 bytes, one character each, and writes them in the URL as the 64 hex digits of the HMAC', () => {
    const signature = signTemporalAccess(input);
    expect(signature).toHaveLength(32);
    const hmac = createHmac('sha256', input.appKey).update(`${input.linkBaseUrl}/temporal-access/${input.token}?expires=${input.expires}`).digest();
    expect(Array.from(signature, (c) => c.charCodeAt(0))).toEqual([...hmac]);
    expect(temporalAccessUrl(input.linkBaseUrl, input.token, input.expires, signature)).toBe(`${input.linkBaseUrl}/temporal-access/${input.token}?expires=${input.expires}&signature=${hmac.toString('hex')}`);
  });

  it('writes every byte value as two lower-case hex digits', () => {
    const all = String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i * 8 + 7));
    const hex = Array.from({ length: 32 }, (_, i) => (i * 8 + 7).toString(16).padStart(2, '0')).join('');
    expect(temporalAccessUrl('https://h', 't', 1, all)).toBe(`https://h/temporal-access/t?expires=1&signature=${hex}`);
    expect(temporalAccessUrl('https://h', 't', 1, '\x00'.repeat(16) + '\xff'.repeat(16))).toBe(`https://h/temporal-access/t?expires=1&signature=${'00'.repeat(16)}${'ff'.repeat(16)}`);
  });

  it('ignores a trailing slash on the link base URL', () => {
    expect(signTemporalAccessUrl({ ...input, linkBaseUrl: 'https://app.anyclassroom.com/' })).toBe(signTemporalAccessUrl(input));
    expect(signTemporalAccessUrl({ ...input, linkBaseUrl: 'https://app.anyclassroom.com//' })).toBe(signTemporalAccessUrl(input));
  });

  it('gives a different signature for another key, token or expiry', () => {
    const base = signTemporalAccessUrl(input).split('signature=')[1];
    for (const changed of [{ appKey: 'other' }, { token: '66b8ae29-ca3e-4505-a7a5-c2075b1366df' }, { expires: 1596643001 }]) {
      expect(signTemporalAccessUrl({ ...input, ...changed }).split('signature=')[1]).not.toBe(base);
    }
  });

  it('verifies its own URLs and rejects a tampered expiry, a wrong key or a missing signature', () => {
    const url = signTemporalAccessUrl(input);
    expect(hasValidSignature(url, input.appKey)).toBe(true);
    expect(hasValidSignature(url.replace('expires=1596643000', 'expires=1596649999'), input.appKey)).toBe(false);
    expect(hasValidSignature(url, 'another-key')).toBe(false);
    expect(hasValidSignature(url.split('&signature=')[0]!, input.appKey)).toBe(false);
  });
});
