/**
 * The engine's own cost per request of the mixed workload (`bench-mixed.ts`'s two sequences, the
 * very same request lists, one after the other, in this process; the workload's sequences are the
 * current tree's, the engine the checkout's), without HTTP: `createMockHandler(...).handle()` of both APIs,
 * the state growing as it does under `npm run bench`. Prints the mean wall time per request of each
 * step (the process does nothing else, so the collector's pauses land on the steps that cause them)
 * and the CPU time per request of the whole run (`process.cpuUsage`). Node flags as `npm start`'s:
 *
 *   node --max-semi-space-size=1 --import tsx scripts/bench-engine-mixed.mts [passes] [/path/to/other/checkout]
 */
import { agoraRequests, anyClassroomRequests, type Request } from './bench-mixed.ts';

const passes = Number(process.argv[2] ?? 3000);
const root = process.argv[3] ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const { API_REGISTRY } = await import(`${root}/src/apiRegistry.ts`);
const { createMockHandler } = await import(`${root}/src/core/mock/createMockHandler.ts`);
const { defaultSeed } = await import(`${root}/src/mock/startMocks.ts`);

const APP = '0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b';
const log = () => undefined;
const any = createMockHandler({ api: (await API_REGISTRY.api('anyclassroom').createMock({ token: 't' })).mock, seed: defaultSeed('anyclassroom'), log });
const agora = createMockHandler({ api: (await API_REGISTRY.api('agora-classroom').createMock({ token: 'tok', appId: APP })).mock, seed: defaultSeed('agora-classroom'), log });
type Handler = typeof any;
const request = (method: string, target: string, headers: Record<string, string>, body = '') => ({
  method,
  target,
  headers: body ? { ...headers, 'content-length': String(body.length) } : headers,
  readBody: async () => ({ kind: 'ok' as const, text: body }),
});

const spent = new Map<string, { us: number; count: number }>();
async function step(name: string, handler: Handler, plain: ReturnType<typeof request>) {
  const started = performance.now();
  const reply = await handler.handle(plain);
  const entry = spent.get(name) ?? { us: 0, count: 0 };
  entry.us += (performance.now() - started) * 1000;
  entry.count++;
  spent.set(name, entry);
  if (reply.kind !== 'respond' || reply.response.status >= 300) throw new Error(`${name}: ${JSON.stringify(reply.kind === 'respond' ? reply.response : reply)}`);
  return reply.response;
}

/** A step's name: its method and path with the pass's own ids left out. */
const stepName = (api: string, method: string, path: string) =>
  `${api} ${method} ${path
    .replace(/^\/api\/v1/, '')
    .replace(/\/devices\/\d+/, '/devices/{id}')
    .replace(/\/temporal-access\/[^/]+/, '/temporal-access/{t}')
    .replace(/^\/edu\/polling\/.*/, 'App-wide poll')
    .replace(/^\/edu\/apps\/[^/]+\/v2\/rooms\/[^/]+/, '/rooms/{room}')}`;

/**
 * One pass of one of `bench-mixed.ts`'s sequences, as autocannon walks it on one connection: each
 * request built by its `setupRequest` from the connection's context, its answer handed to its
 * `onResponse`.
 */
async function walk(api: string, handler: Handler, host: string, sequence: readonly Request[], context: object) {
  for (const planned of sequence) {
    const sent = typeof planned.setupRequest === 'function' ? planned.setupRequest({ ...planned }, context) : planned;
    const method = sent.method ?? 'GET';
    const body = typeof sent.body === 'string' ? sent.body : '';
    const response = await step(stepName(api, method, sent.path!), handler, request(method, sent.path!, { host, ...(sent.headers as Record<string, string>) }, body));
    if (typeof planned.onResponse === 'function') planned.onResponse(response.status, JSON.stringify(response.body), context, {});
  }
}

const anySequence = anyClassroomRequests({ origin: 'http://127.0.0.1:4010', base: '/api/v1', tokenHeader: 'x-token-ac', token: 't', deviceId: '7788097973' }, () => Math.floor(Date.now() / 1000) + 3600);
const agoraSequence = agoraRequests({ origin: 'http://127.0.0.1:4011', appId: APP, token: 'tok' }, 'engine');
const anyClassroomPass = () => walk('AnyClassroom', any, '127.0.0.1:4010', anySequence, {});
const agoraPass = () => walk('Agora', agora, '127.0.0.1:4011', agoraSequence, {});

for (let i = 0; i < 300; i++) {
  await anyClassroomPass();
  await agoraPass();
}
spent.clear();
const cpu = process.cpuUsage();
for (let i = 0; i < passes; i++) {
  await anyClassroomPass();
  await agoraPass();
}
const used = process.cpuUsage(cpu);
let requests = 0;
for (const { count } of spent.values()) requests += count;
const width = Math.max(...[...spent.keys()].map((k) => k.length));
for (const [name, { us, count }] of spent) console.log(`  ${name.padEnd(width)}  ${(us / count).toFixed(1).padStart(7)} µs`);
const perRequest = (used.user + used.system) / requests;
console.log(`${root}: ${perRequest.toFixed(1)} µs of CPU per request over ${requests.toLocaleString('en-US')} requests (${Math.round(1e6 / perRequest).toLocaleString('en-US')} per CPU-second)`);
