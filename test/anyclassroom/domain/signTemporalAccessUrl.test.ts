import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hasValidSignature, laravelUrlSignature, signTemporalAccessUrl } from '../../../src/anyclassroom/mock/signTemporalAccessUrl.ts';

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

  it('ignores a trailing slash on the link base URL', () => {
    expect(signTemporalAccessUrl({ ...input, linkBaseUrl: 'https://app.anyclassroom.com/' })).toBe(signTemporalAccessUrl(input));
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
