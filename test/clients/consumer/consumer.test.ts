import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMocks, type RunningMocks } from '../../../src/mock/startMocks.ts';
import { runConsumer, type ConsumerConfig } from './consumer.ts';

const run = promisify(execFile);
const root = new URL('../../..', import.meta.url).pathname.replace(/\/$/, '');
const tsc = join(root, 'node_modules/.bin/tsc');

/** The package's own `exports`: the test installs the build with them, so a wrong entry fails here. */
const PACKAGE_EXPORTS = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: unknown }).exports;

const expected = {
  devices: 67,
  firstAlias: 'lab1-pc-01@ad',
  missingDevice: '404 NotFound Device not found.',
  perPageField: ['The per page field must be at least 1.'],
  recordings: 137,
  classState: 2,
  endedCode: 30409101,
  polled: ['class state 1', 'class state 2'],
};

let mocks: RunningMocks;
let config: ConsumerConfig;
const violations: unknown[] = [];
beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, onViolation: (r) => violations.push(r), log: () => undefined });
  const { credentials } = mocks;
  config = { anyClassroomUrl: mocks.anyClassroomUrl, anyClassroomToken: credentials.anyClassroomToken, agoraUrl: mocks.agoraUrl, agoraToken: credentials.agoraToken, agoraAppId: credentials.agoraAppId };
});
afterAll(() => mocks?.close());

describe('a consumer written against the package entry point', () => {
  it('runs against the stateful mocks (from source)', async () => {
    expect(await runConsumer(config)).toEqual(expected);
    expect(violations).toEqual([]);
  });

  it('type-checks under strict against the built package imported by name, wrong calls failing, and runs from the build', async () => {
    const work = mkdtempSync(join(tmpdir(), 'consumer-'));
    try {
      // The package as it would be installed: the build, package.json with `exports`, the bundled documents.
      const pkg = join(work, 'pkg');
      await run(tsc, ['-p', 'tsconfig.build.json', '--outDir', join(pkg, 'dist/lib')], { cwd: root });
      writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'classroom-api-toolkit', type: 'module', exports: PACKAGE_EXPORTS }));
      mkdirSync(join(pkg, 'generated'));
      for (const api of ['anyclassroom', 'agora-classroom']) cpSync(join(root, `generated/${api}.openapi.json`), join(pkg, `generated/${api}.openapi.json`));
      symlinkSync(join(root, 'node_modules'), join(pkg, 'node_modules'));

      // The consumer's own project: strict, no .ts-extension imports, library checking on.
      const app = join(work, 'app');
      mkdirSync(join(app, 'node_modules'), { recursive: true });
      symlinkSync(pkg, join(app, 'node_modules/classroom-api-toolkit'));
      symlinkSync(join(root, 'node_modules/@types'), join(app, 'node_modules/@types'));
      writeFileSync(join(app, 'package.json'), JSON.stringify({ type: 'module' }));
      const source = readFileSync(join(root, 'test/clients/consumer/consumer.ts'), 'utf8').replace("'../../../src/index.ts'", "'classroom-api-toolkit'");
      writeFileSync(join(app, 'consumer.ts'), source);
      writeFileSync(
        join(app, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: false, lib: ['ES2022', 'DOM'], types: ['node'], outDir: 'out' },
          files: ['consumer.ts'],
        }),
      );
      const checked = await run(tsc, ['-p', app]).catch((e: { stdout: string }) => e);
      expect((checked as { stdout: string }).stdout).toBe('');

      const env = { ...process.env, ANYCLASSROOM_URL: config.anyClassroomUrl, AGORA_URL: config.agoraUrl, AGORA_APP_ID: config.agoraAppId };
      const { stdout } = await run(process.execPath, [join(app, 'out/consumer.js')], { cwd: app, env });
      expect(JSON.parse(stdout)).toEqual(expected);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});
