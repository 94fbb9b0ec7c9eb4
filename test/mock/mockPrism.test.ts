import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

describe('npm run mock:prism', () => {
  it('serves the plain Prism mock of both documents and stops both on SIGTERM', async () => {
    const base = 41000 + Math.floor(Math.random() * 5000) * 2;
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-prism.ts'], {
      cwd: repoRoot,
      env: { ...process.env, ANYCLASSROOM_PORT: String(base), AGORA_PORT: String(base + 1) },
    });
    const exited = new Promise((r) => child.on('exit', r));
    try {
      const any = () => fetch(`http://127.0.0.1:${base}/devices`, { headers: { 'X-Token-AC': 'anything' } }).then((r) => r.status, () => 0);
      await expect.poll(any, { timeout: 20_000, interval: 200 }).toBe(200);
      // Prism answers from the document's examples: the seed's device list.
      const list = (await (await fetch(`http://127.0.0.1:${base}/devices`, { headers: { 'X-Token-AC': 'x' } })).json()) as { data: { anydesk_id: string }[] };
      expect(list.data[0]?.anydesk_id).toBeTypeOf('string');
      const agora = () => fetch(`http://127.0.0.1:${base + 1}/edu/polling/apps/a1f3c9e27b4d4e8f9c06d5b2e7a13f48/v2/rooms/sequences`).then((r) => r.status, () => 0);
      await expect.poll(agora, { timeout: 20_000, interval: 200 }).toBe(401);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
    await expect.poll(() => fetch(`http://127.0.0.1:${base}/devices`).then(() => 'up', () => 'down'), { timeout: 5_000 }).toBe('down');
  }, 45_000);
});
