import type { MockResponse } from '../types.ts';
import { controlError, type ControlCall } from './ControlContext.ts';
import type { ConsoleAssets, MockPeer } from './ConsoleAssets.ts';

/**
 * `GET /__mock/` (the web console's page) and `GET /__mock/console/{file}` (its script and style).
 * Text answers with their own Content-Type; `no-store`, so that a new version of the mock never
 * meets an old script in the browser's cache.
 *
 * @example
 *   consoleOperation(assets, { operationId: 'getMockConsole', path: {}, query: {}, body: undefined }); // 200 text/html
 */
export function consoleOperation(assets: ConsoleAssets | undefined, call: ControlCall): MockResponse | undefined {
  const file = call.operationId === 'getMockConsole' ? 'index.html' : call.operationId === 'getMockConsoleFile' ? (call.path.file as string) : undefined;
  if (file === undefined) return undefined;
  const asset = assets?.get(file);
  if (!asset) return controlError(404, assets ? `No console file "${file}".` : 'This mock serves no console.');
  return { status: 200, body: asset.text, headers: { 'Content-Type': asset.contentType, 'Cache-Control': 'no-store' } };
}

/**
 * `GET /__mock/mocks`: every mock of the process (API, origin, base URL), so that the console on
 * one port shows them all. A mock started on its own knows only its API, not its origin (`null`:
 * the console's own).
 *
 * @example
 *   peersOperation('anyclassroom', undefined, call); // 200 { mocks: [{ api: 'anyclassroom', origin: null, url: null }] }
 */
export function peersOperation(api: string, peers: (() => readonly MockPeer[]) | undefined, call: ControlCall): MockResponse | undefined {
  if (call.operationId !== 'listMocks') return undefined;
  return { status: 200, body: { self: api, mocks: peers ? peers() : [{ api, origin: null, url: null }] } };
}
