import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractMain, EXIT } from '../../src/contract/main.ts';
import type { ContractApi } from '../../src/contract/runContract.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { kitArgs } from './support/kitTargets.ts';
import { startRewritingProxy, type Replacement, type UpstreamAnswer } from './support/startRewritingProxy.ts';

let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, log: () => undefined });
});
afterAll(() => mocks.close());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface Drift {
  readonly name: string;
  readonly api: ContractApi;
  readonly rewrite: (answer: UpstreamAnswer) => Replacement | undefined;
  /** The report line that must name the drift: operation, JSON path, expected, actual, source. */
  readonly names: RegExp;
}

const isGetDevice = (a: UpstreamAnswer) => a.method === 'GET' && /\/devices\/[^/?]+(\?|$)/.test(a.url);
const isGetRoom = (a: UpstreamAnswer) => a.method === 'GET' && /\/v2\/rooms\/[^/?]+(\?|$)/.test(a.url);

/**
 * Drifted servers: the project's mock behind a proxy that changes one thing. Each must make the kit
 * exit 1 with a violation line naming the operation, the JSON path, the expected and the actual value.
 */
const drifts: Drift[] = [
  {
    name: 'a missing required field (device detail without anydesk_id)',
    api: 'anyclassroom',
    rewrite: (a) => {
      if (!isGetDevice(a) || a.status !== 200) return undefined;
      const { anydesk_id: _dropped, ...data } = (a.json as Json).data as Json;
      return { json: { data } };
    },
    names: /^getDevice GET \S+ -> 200: \$\.data\.anydesk_id: expected required property, actual absent \[document\]$/,
  },
  {
    name: 'a wrong type (classroom state as a string)',
    api: 'agora-classroom',
    rewrite: (a) => {
      if (!isGetRoom(a) || a.status !== 200) return undefined;
      const body = a.json as Json;
      return { json: { ...body, data: { ...body.data, state: String(body.data.state) } } };
    },
    names: /^getClassroom GET \S+ -> 200: \$\.data\.state: expected type integer, actual "\d" \(string\) \[document\]$/,
  },
  {
    name: 'an undeclared status (206 on the classroom list)',
    api: 'anyclassroom',
    rewrite: (a) => (a.method === 'GET' && /\/classrooms(\?|$)/.test(a.url) && a.status === 200 ? { status: 206 } : undefined),
    names: /^listClassrooms GET \S+ -> 206: \$statusCode: expected a declared status: 200, 401, 422, 500, 503, actual 206 \[document\]$/,
  },
  {
    name: 'a wrong content type (HTML 401 pages, as Laravel sends without Accept)',
    api: 'anyclassroom',
    rewrite: (a) => (a.status === 401 ? { contentType: 'text/html; charset=UTF-8', text: '<!DOCTYPE html><title>Unauthenticated</title>' } : undefined),
    names: /^listDevices GET \S+ -> 401: header Content-Type: expected application\/json, actual text\/html \[document\]$/,
  },
  {
    name: "a wrong error envelope (Laravel's {message} instead of the invalidation's {error})",
    api: 'anyclassroom',
    rewrite: (a) => (a.method === 'PATCH' && a.status === 422 ? { json: { message: (a.json as Json).error } } : undefined),
    names: /^invalidateTemporalAccess PATCH \S+ -> 422: \$\.error: expected required property, actual absent \[document\]$/,
  },
  {
    name: 'a wrong error envelope (Agora 409 without code and msg)',
    api: 'agora-classroom',
    rewrite: (a) => (a.status === 409 ? { json: { error: 'Conflict', status: 409 } } : undefined),
    names: /^setClassroomState PUT \S+ -> 409: \$\.code: expected required property, actual absent \[document\]$/,
  },
  {
    name: "a behaviour drift the document cannot see (the detail's links oldest first)",
    api: 'anyclassroom',
    rewrite: (a) => {
      if (!isGetDevice(a) || a.status !== 200) return undefined;
      const data = (a.json as Json).data as Json;
      return { json: { data: { ...data, latest_temporal_access: [...data.latest_temporal_access].reverse() } } };
    },
    names: /^getDevice GET \S+ -> 200: \$\.data\.latest_temporal_access\[0\]\.token: expected \$response\.body#\/data\/latest_temporal_access\/0\/token == \$steps\.create6\.outputs\.token, actual .+ \[expectation\]$/,
  },
];

describe('the kit against drifted servers', () => {
  it.each(drifts)('exits 1 and names $name', async ({ api, rewrite, names }) => {
    const upstream = new URL(api === 'anyclassroom' ? mocks.anyClassroomUrl : mocks.agoraUrl).origin;
    const drifted = await startRewritingProxy(upstream, { rewrite });
    const lines: string[] = [];
    try {
      const code = await contractMain(kitArgs(mocks, api, drifted.origin), {}, { out: (l) => lines.push(l), err: (l) => lines.push(l) });
      expect(drifted.rewrites()).toBeGreaterThan(0);
      expect(code).toBe(EXIT.violations);
      expect(lines.map((l) => l.trim()).filter((l) => names.test(l)), lines.join('\n')).not.toEqual([]);
      expect(lines).toContain(`${api}: the server does NOT conform (see the violations above).`);
    } finally {
      await drifted.close();
    }
  });

  it('passes the same mocks behind a proxy that changes nothing (the proxy itself adds no drift)', async () => {
    for (const api of ['anyclassroom', 'agora-classroom'] as const) {
      const proxy = await startRewritingProxy(new URL(api === 'anyclassroom' ? mocks.anyClassroomUrl : mocks.agoraUrl).origin);
      try {
        const lines: string[] = [];
        expect(await contractMain(kitArgs(mocks, api, proxy.origin), {}, { out: (l) => lines.push(l), err: (l) => lines.push(l) }), lines.join('\n')).toBe(EXIT.conforms);
      } finally {
        await proxy.close();
      }
    }
  });
});
