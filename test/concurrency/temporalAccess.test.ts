import { beforeEach, describe, expect, it } from 'vitest';
import { useConcurrencyKit } from './concurrencyKit.ts';

const kit = useConcurrencyKit();
const NOW = Date.UTC(2026, 5, 1, 12) / 1000;
const DEVICE = '7788097973'; // lab1-pc-01@ad, seven seeded links
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
