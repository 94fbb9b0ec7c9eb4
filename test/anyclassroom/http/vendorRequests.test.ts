import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANYCLASSROOM_FACTS } from '../../../src/anyclassroom/facts.ts';
import { startAnyClassroom, TOKEN, type AnyClassroomTestMock } from '../fixture.ts';

/** One request example of the AnyClassroom seed, as `test/fixtures/vendor-requests/anyclassroom.json` records it. */
interface VendorRequest {
  readonly source: string;
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly pathParams: Readonly<Record<string, string>>;
  readonly query?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: unknown;
}

const REQUESTS = JSON.parse(readFileSync(new URL('../../fixtures/vendor-requests/anyclassroom.json', import.meta.url), 'utf8')) as VendorRequest[];
const bundled = (await import('../../../generated/anyclassroom.openapi.json', { with: { type: 'json' } })).default as {
  paths: Record<string, Record<string, { operationId?: string; responses?: Record<string, unknown> }>>;
};
/** Each operation's documented success codes, from the bundled document (a path item's `parameters` is no operation). */
const SUCCESS = new Map(
  Object.values(bundled.paths).flatMap((item) =>
    Object.values(item).flatMap((op) => (op.operationId && op.responses ? [[op.operationId, Object.keys(op.responses).filter((code) => /^2\d\d$/.test(code)).map(Number)] as const] : [])),
  ),
);
const TOKEN_HEADER = ANYCLASSROOM_FACTS.headers.token;

let t: AnyClassroomTestMock;
beforeAll(async () => {
  // The default seed, the clock at 2026-06-01T12:00:00Z: what `npm start` serves.
  t = await startAnyClassroom();
});
afterAll(() => t.close());

describe('every request example of the AnyClassroom seed, replayed against the mock in order', () => {
  it('covers every operation of the document', () => {
    expect(new Set(REQUESTS.map((r) => r.operationId))).toEqual(new Set(SUCCESS.keys()));
  });

  it.each(REQUESTS.map((r) => [r.source, r] as const))('accepts %s with a documented success', async (_, r) => {
    // The seed writes the token as a placeholder; everything else is sent as the seed wrote it.
    expect(r.headers[TOKEN_HEADER]).toMatch(/^YOUR_(API_)?TOKEN_HERE$/);
    const headers = { ...r.headers, [TOKEN_HEADER]: TOKEN };
    const path = r.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(r.pathParams[name]!));
    const res = await fetch(`${t.origin}${ANYCLASSROOM_FACTS.basePath}${path}${r.query ? `?${r.query}` : ''}`, {
      method: r.method,
      headers,
      ...(r.body === undefined ? {} : { body: JSON.stringify(r.body) }),
    });
    const body = (await res.json()) as unknown;
    expect(SUCCESS.get(r.operationId), `${res.status} ${JSON.stringify(body)}`).toContain(res.status);
  });
});
