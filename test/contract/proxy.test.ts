import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProxyArgs } from '../../src/contract/proxy/parseProxyArgs.ts';
import { prismProxyArgs } from '../../src/contract/proxy/prismProxyArgs.ts';
import { startPrismProxy } from '../../src/contract/proxy/startPrismProxy.ts';
import { bundledDocumentPath } from '../../src/core/openapi/loadDocument.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { startRewritingProxy } from './support/startRewritingProxy.ts';

describe('npm run contract:proxy arguments', () => {
  it('runs prism proxy on the bundled document with --errors unless --flag-only', () => {
    const parsed = parseProxyArgs(['--api', 'agora-classroom', '--upstream', 'https://api.agora.io', '--port', '4030'], {});
    expect(parsed).toEqual({ kind: 'run', options: { api: 'agora-classroom', upstream: 'https://api.agora.io', host: '127.0.0.1', port: 4030, errors: true } });
    if (parsed.kind !== 'run') return;
    expect(prismProxyArgs(parsed.options)).toEqual(['proxy', bundledDocumentPath('agora-classroom'), 'https://api.agora.io', '--host', '127.0.0.1', '--port', '4030', '--errors']);
    const flagging = parseProxyArgs(['--flag-only'], { CONTRACT_API: 'anyclassroom', CONTRACT_UPSTREAM: 'http://x/api/v1' });
    expect(flagging.kind === 'run' && prismProxyArgs(flagging.options)).not.toContain('--errors');
  });

  it.each([
    [[], '--api must be anyclassroom or agora-classroom'],
    [['--api', 'anyclassroom'], '--upstream must be an http(s) URL'],
    [['--api', 'anyclassroom', '--upstream', 'http://x', '--port', '70000'], '--port must be 0 to 65535'],
  ])('answers %j with a usage error: %s', (args, message) => {
    expect(parseProxyArgs(args, {})).toEqual({ kind: 'usage', message: expect.stringContaining(message) });
  });
});

describe('the validating proxy in front of a drifted server', () => {
  let mocks: RunningMocks;
  beforeAll(async () => {
    mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, log: () => undefined });
  });
  afterAll(() => mocks.close());

  it('forwards conforming answers and turns a violating one into a 500 naming the violation', async () => {
    const drifted = await startRewritingProxy(new URL(mocks.anyClassroomUrl).origin, {
      rewrite: (a) => {
        if (a.method !== 'GET' || !/\/devices\/[^/?]+$/.test(a.url) || a.status !== 200) return undefined;
        const { anydesk_id: _dropped, ...data } = (a.json as { data: Record<string, unknown> }).data;
        return { json: { data } };
      },
    });
    const proxy = await startPrismProxy({ api: 'anyclassroom', upstream: `${drifted.origin}/api/v1`, host: '127.0.0.1', port: 0, errors: true });
    try {
      expect(proxy.kind, proxy.kind === 'failed' ? `${proxy.message}\n${proxy.output}` : '').toBe('listening');
      if (proxy.kind !== 'listening') return;
      const headers = { 'X-Token-AC': mocks.credentials.anyClassroomToken, Accept: 'application/json' };
      const list = await fetch(`${proxy.url}/devices?per_page=1`, { headers });
      const listBody = (await list.json()) as { data: { anydesk_id: string }[] };
      expect(list.status).toBe(200);

      const detail = await fetch(`${proxy.url}/devices/${listBody.data[0]!.anydesk_id}`, { headers });
      expect(detail.status).toBe(500);
      const problem = (await detail.json()) as { type: string; validation: { location: string[]; message: string }[] };
      expect(problem.type).toBe('https://stoplight.io/prism/errors#VIOLATIONS');
      expect(problem.validation).toEqual([expect.objectContaining({ location: ['response', 'body', 'data'], message: expect.stringContaining("must have required property 'anydesk_id'") })]);
    } finally {
      if (proxy.kind === 'listening') await proxy.close();
      await drifted.close();
    }
  });
});
