/**
 * The engine's own cost per API request, without HTTP: `createMockHandler(...).handle()` of
 * `GET /api/v1/devices?per_page=20` (default seed) plus the serialisation, measured in CPU time
 * (`process.cpuUsage`), which moves much less than wall time on a machine busy with other work.
 * Compare two trees (this one and a checkout of another commit):
 *
 *   npx tsx scripts/bench-engine.mts                 # this tree
 *   npx tsx scripts/bench-engine.mts /path/to/other  # another checkout (its node_modules linked)
 */


import { median } from './benchRounds.ts';

const root = process.argv[2] ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const { API_REGISTRY } = await import(`${root}/src/apiRegistry.ts`);
const { createMockHandler } = await import(`${root}/src/core/mock/createMockHandler.ts`);
const { defaultSeed } = await import(`${root}/src/mock/startMocks.ts`);
const { mock } = await API_REGISTRY.api('anyclassroom').createMock({});
const handler = createMockHandler({ api: mock, seed: defaultSeed('anyclassroom'), log: () => undefined });
const request = { method: 'GET', target: '/api/v1/devices?per_page=20', headers: { host: '127.0.0.1:4010', 'x-token-ac': 'ac-dev-token' }, readBody: async () => ({ kind: 'ok', text: '' }) };
const { serializeResponse } = await import(`${root}/src/core/mock/pipeline/serializeResponse.ts`);
const run = async (n: number) => {
  for (let i = 0; i < n; i++) {
    const reply = await handler.handle(request);
    if (reply.kind !== 'respond' || reply.response.status !== 200) throw new Error('bad');
    reply.serialized ?? serializeResponse(reply.response);
  }
};
await run(20_000);
const rates: number[] = [];
for (let round = 0; round < 5; round++) {
  const n = 50_000;
  const t = process.cpuUsage();
  await run(n);
  const used = process.cpuUsage(t);
  rates.push(Math.round(n / ((used.user + used.system) / 1e6)));
}
console.log(`${root}: ${rates.join(' / ')} req per CPU-second (median ${median(rates)})`);
