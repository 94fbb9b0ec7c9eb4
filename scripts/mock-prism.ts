/**
 * `npm run mock:prism`: the plain, stateless Prism mock of every API of the registry, for comparison
 * with the stateful mock or when only spec-shaped answers are needed, each on the stateful mock's
 * port (its environment variable, else its default).
 *
 *   AnyClassroom  http://127.0.0.1:4010/devices ...   (Prism routes on the document's paths, without /api/v1)
 *   Agora         http://127.0.0.1:4011/edu/...
 *
 * Extra arguments are passed to every `prism mock` process (e.g. `-- --dynamic`).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { API_REGISTRY } from '../src/apiRegistry.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const prism = resolve(repoRoot, 'node_modules/.bin/prism');
const extra = process.argv.slice(2);
const targets = API_REGISTRY.apis.map((api) => ({ name: api.name, port: process.env[api.port.env] ?? String(api.port.default) }));

const children = targets.map(({ name, port }) =>
  spawn(prism, ['mock', '-h', '127.0.0.1', '-p', port, ...extra, `generated/${name}.openapi.json`], { cwd: repoRoot, stdio: 'inherit' }),
);
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((c) =>
  c.on('exit', (code) => {
    if (code) {
      stop();
      process.exitCode = code;
    }
  }),
);
