import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { prismProxyArgs, type ProxyOptions } from './prismProxyArgs.ts';

export type StartedProxy =
  | {
      readonly kind: 'listening';
      /** Where clients send requests: the document's paths hang directly under it (`<url>/devices`). */
      readonly url: string;
      readonly child: ChildProcess;
      /** Stops Prism and resolves once it has exited. */
      close(): Promise<void>;
    }
  /** Prism exited or did not listen in time; `output` is what it printed. */
  | { readonly kind: 'failed'; readonly message: string; readonly output: string };

/** Prism's entry point, found through its package so no shell or `.bin` shim is involved. */
function prismEntry(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
}

/**
 * Starts Prism's validating proxy (`prism proxy`) for an API in a child process and resolves once it
 * listens (Prism prints "Prism is listening on <url>"; start-up takes 1-2 s). `onOutput` receives
 * Prism's log lines, where each violation is reported.
 *
 * @example
 *   const proxy = await startPrismProxy({ api: 'anyclassroom', upstream, host: '127.0.0.1', port: 4020, errors: true });
 *   if (proxy.kind === 'listening') await fetch(`${proxy.url}/devices`, { headers });
 */
export async function startPrismProxy(options: ProxyOptions, onOutput?: (text: string) => void, startTimeoutMs = 30_000): Promise<StartedProxy> {
  // NO_COLOR keeps the log parseable; Prism's banner line carries the listening URL.
  const child = spawn(process.execPath, [prismEntry(), ...prismProxyArgs(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise<StartedProxy>((resolve) => {
    let settled = false;
    const settle = (result: StartedProxy) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      onOutput?.(text);
      const url = /Prism is listening on (http\S+)/.exec(output)?.[1];
      if (url) {
        settle({
          kind: 'listening',
          url: url.replace(/\/+$/, ''),
          child,
          close: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code, signal) => settle({ kind: 'failed', message: `prism proxy exited (${signal ?? `code ${code}`}) before listening`, output }));
    child.once('error', (error) => settle({ kind: 'failed', message: `cannot start prism: ${error.message}`, output }));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      settle({ kind: 'failed', message: `prism proxy did not listen within ${startTimeoutMs} ms`, output });
    }, startTimeoutMs);
  });
}
