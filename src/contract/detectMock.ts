import type { CompiledOperations } from '../core/http/compileOperations.ts';

/**
 * The project's mock serves its control API (`openapi/mock-control`) at `<origin>/__mock/`. A target
 * whose `GET /__mock/clock` answers exactly as that document says is the mock; anything else (404, a
 * timeout, another body) is a real server, and mock-only steps are skipped.
 *
 * @example
 *   await detectMock(fetch, 'http://127.0.0.1:4010/api/v1', controlRoutes); // true
 */
export async function detectMock(fetchFn: typeof fetch, baseUrl: string, control: CompiledOperations): Promise<boolean> {
  const operation = control.operations.find((op) => op.operationId === 'getMockClock');
  if (!operation) throw new Error('the mock-control document has no getMockClock operation');
  try {
    const res = await fetchFn(`${controlOrigin(baseUrl)}/__mock/clock`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(3000) });
    if (res.status !== 200) return false;
    const body: unknown = await res.json();
    return operation.validateResponse(res.status, res.headers.get('content-type') ?? undefined, body).length === 0;
  } catch {
    return false;
  }
}

/**
 * Sets the mock back to its seed data and real time (`POST /__mock/reset`). Resolves to an error
 * message when that fails; the caller reports it.
 */
export async function resetMock(fetchFn: typeof fetch, baseUrl: string): Promise<string | undefined> {
  try {
    const res = await fetchFn(`${controlOrigin(baseUrl)}/__mock/reset`, { method: 'POST', signal: AbortSignal.timeout(5000) });
    await res.arrayBuffer();
    return res.status === 200 ? undefined : `POST /__mock/reset answered ${res.status}`;
  } catch (error) {
    return `POST /__mock/reset failed: ${(error as Error).message}`;
  }
}

/** The control API lives at the origin, whatever path the API's base URL has (`/api/v1`, `/na`). */
export function controlOrigin(baseUrl: string): string {
  return new URL(baseUrl).origin;
}
