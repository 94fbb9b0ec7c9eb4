import { beforeEach, describe, expect, it } from 'vitest';
import { useConcurrencyKit } from './concurrencyKit.ts';

const kit = useConcurrencyKit();
const NOW = Date.UTC(2026, 5, 1, 12) / 1000;
const DEVICE = '7788097973'; // lab1-pc-01@ad (2FA), seven seeded links
const DEVICE_WITHOUT_2FA = 'lab1-pc-05@ad';
const INVALIDATIONS = 200;
const CREATES = 1000;

beforeEach(async () => {
  await kit.control('anyclassroom', 'reset');
  await kit.control('anyclassroom', 'clock', { now: NOW });
});

async function listedTokens(): Promise<{ total: number; tokens: string[] }> {
  const tokens: string[] = [];
  let total = 0;
  for (let page = 1; ; page++) {
    const { status, body } = await kit.call('anyclassroom', 'GET', `/api/v1/devices/${DEVICE}/temporal?per_page=100&page=${page}`);
    expect(status).toBe(200);
    total = body.meta.total;
    tokens.push(...body.data.map((link: { token: string }) => link.token));
    if (page >= body.meta.last_page) return { total, tokens };
  }
}

describe('AnyClassroom under concurrent creates of temporal access on one device', () => {
  it(`gives ${CREATES} concurrent creates ${CREATES} distinct tokens, and the device's list grows by exactly ${CREATES}, each of them listed`, async () => {
    const before = await listedTokens();
    const inFlight = kit.watchInFlight('anyclassroom');
    const answers = await Promise.all(
      Array.from({ length: CREATES }, (_, i) => kit.call('anyclassroom', 'POST', `/api/v1/devices/${DEVICE}/temporal`, { body: { until_time: NOW + 3600 + i }, delayMs: 20 + (i % 40) })),
    );
    inFlight.stop();

    expect(answers.filter((a) => a.status !== 201)).toEqual([]);
    const tokens = answers.map((a) => a.body.data.token as string);
    expect(new Set(tokens).size).toBe(CREATES);
    // Each answer describes its own request, not a neighbour's.
    expect(answers.map((a) => a.body.data.until_time)).toEqual(Array.from({ length: CREATES }, (_, i) => NOW + 3600 + i));

    const after = await listedTokens();
    expect(after.total).toBe(before.total + CREATES);
    expect(new Set(after.tokens)).toEqual(new Set([...before.tokens, ...tokens]));
    // The requests overlapped: sent over many connections at once, and many were inside the
    // server (read, not yet answered) at the same moment.
    expect(inFlight.connections).toBeGreaterThan(100);
    expect(inFlight.max).toBeGreaterThan(50);
  });
});

describe('AnyClassroom under concurrent invalidations of one link', () => {
  async function createLink(device: string): Promise<string> {
    const { status, body } = await kit.call('anyclassroom', 'POST', `/api/v1/devices/${device}/temporal`, { body: { until_time: NOW + 3600 } });
    expect(status).toBe(201);
    return body.data.token as string;
  }
  const invalidateAll = (token: string) =>
    Promise.all(Array.from({ length: INVALIDATIONS }, (_, i) => kit.call('anyclassroom', 'PATCH', `/api/v1/temporal-access/${token}/invalidate`, { delayMs: 20 + (i % 40) })));

  it(`accepts exactly one of ${INVALIDATIONS} concurrent invalidations on a device with 2FA and answers every other one 422 (seed Note 2)`, async () => {
    const token = await createLink(DEVICE);
    const answers = await invalidateAll(token);
    const accepted = answers.filter((a) => a.status === 200);
    expect(accepted.map((a) => a.body)).toEqual([{ status: 'Invalidated', session_expires_at: NOW + 30 }]);
    expect(answers.filter((a) => a.status === 422).map((a) => a.body)).toEqual(Array(INVALIDATIONS - 1).fill({ error: 'Temporal access already invalidated or expired' }));
    const { body } = await kit.call('anyclassroom', 'GET', `/api/v1/devices/${DEVICE}/temporal?per_page=1`);
    expect(body.data[0]).toMatchObject({ token, until_time: NOW + 30 });
  });

  it(`answers all ${INVALIDATIONS} concurrent invalidations on a device without 2FA with the same 200, changing nothing (AC-31)`, async () => {
    const token = await createLink(DEVICE_WITHOUT_2FA);
    const answers = await invalidateAll(token);
    expect(new Set(answers.map((a) => JSON.stringify([a.status, a.body])))).toEqual(new Set([JSON.stringify([200, { status: 'Invalidated', session_expires_at: NOW + 3600 }])]));
  });
});
