/**
 * The engine's own cost per request of the mixed workload (`bench-mixed.ts`'s two sequences, one
 * after the other, in this process), without HTTP: `createMockHandler(...).handle()` of both APIs,
 * the state growing as it does under `npm run bench`. Prints the mean wall time per request of each
 * step (the process does nothing else, so the collector's pauses land on the steps that cause them)
 * and the CPU time per request of the whole run (`process.cpuUsage`). Node flags as `npm start`'s:
 *
 *   node --max-semi-space-size=1 --import tsx scripts/bench-engine-mixed.mts [passes] [/path/to/other/checkout]
 */
const passes = Number(process.argv[2] ?? 3000);
const root = process.argv[3] ?? new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const { API_REGISTRY } = await import(`${root}/src/apiRegistry.ts`);
const { createMockHandler } = await import(`${root}/src/core/mock/createMockHandler.ts`);
const { defaultSeed } = await import(`${root}/src/mock/startMocks.ts`);

const APP = '0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b';
const log = () => undefined;
const any = createMockHandler({ api: (await API_REGISTRY.api('anyclassroom').createMock({ token: 't' })).mock, seed: defaultSeed('anyclassroom'), log });
const agora = createMockHandler({ api: (await API_REGISTRY.api('agora-classroom').createMock({ token: 'tok', appId: APP })).mock, seed: defaultSeed('agora-classroom'), log });
const anyHeaders = { host: '127.0.0.1:4010', 'x-token-ac': 't', accept: 'application/json', 'content-type': 'application/json' };
const agoraHeaders = { host: '127.0.0.1:4011', 'x-agora-token': 'tok', 'x-agora-uid': 'bench-teacher', accept: 'application/json', 'content-type': 'application/json' };
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

const device = '/api/v1/devices/7788097973';
async function anyClassroomPass() {
  await step('AnyClassroom GET /devices?per_page=20', any, request('GET', '/api/v1/devices?per_page=20', anyHeaders));
  await step('AnyClassroom GET /devices/{id}', any, request('GET', device, anyHeaders));
  const created = await step('AnyClassroom POST /devices/{id}/temporal', any, request('POST', `${device}/temporal`, anyHeaders, JSON.stringify({ until_time: Math.floor(Date.now() / 1000) + 3600 })));
  await step('AnyClassroom GET /devices/{id}/temporal', any, request('GET', `${device}/temporal`, anyHeaders));
  const token = (created.body as { data: { token: string } }).data.token;
  await step('AnyClassroom PATCH /temporal-access/{t}/invalidate', any, request('PATCH', `/api/v1/temporal-access/${token}/invalidate`, anyHeaders));
  await step('AnyClassroom GET /classrooms', any, request('GET', '/api/v1/classrooms', anyHeaders));
}
let rooms = 0;
async function agoraPass() {
  const room = `/edu/apps/${APP}/v2/rooms/bench-${++rooms}`;
  const poll = `/edu/polling/apps/${APP}/v2/rooms/sequences`;
  const body = JSON.stringify({ roomName: 'bench class', roomType: 4, roomProperties: { schedule: { startTime: Date.now(), duration: 3600 } } });
  await step('Agora POST /rooms/{room}', agora, request('POST', room, agoraHeaders, body));
  await step('Agora PUT /rooms/{room}/states/1', agora, request('PUT', `${room}/states/1`, agoraHeaders));
  await step('Agora GET /rooms/{room}', agora, request('GET', room, agoraHeaders));
  await step('Agora PUT /rooms/{room}/records/states/1', agora, request('PUT', `${room}/records/states/1`, agoraHeaders, '{}'));
  await step('Agora GET App-wide poll', agora, request('GET', poll, agoraHeaders));
  await step('Agora PUT /rooms/{room}/records/states/0', agora, request('PUT', `${room}/records/states/0`, agoraHeaders));
  await step('Agora GET /rooms/{room}/records', agora, request('GET', `${room}/records`, agoraHeaders));
  await step('Agora GET /rooms/{room}/sequences', agora, request('GET', `${room}/sequences`, agoraHeaders));
  await step('Agora GET App-wide poll', agora, request('GET', poll, agoraHeaders));
}

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
