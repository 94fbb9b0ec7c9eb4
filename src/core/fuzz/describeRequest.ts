import type { FuzzRequest } from './types.ts';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}... (${text.length} chars)` : text);

/**
 * A one-paragraph, bounded summary of a fuzz request for failure reports: method, target, header
 * names and sizes, body start and size, and what was made invalid. A request of several hundred
 * kilobytes prints in a few hundred characters.
 *
 * @example
 *   describeRequest(request); // 'POST /api/v1/devices/123/temporal [X-Token-AC(12), Content-Type(16)] body(27): {"until_time":1e309} mutations: body:member'
 */
export function describeRequest(request: FuzzRequest): string {
  const headers = request.headers.map(([name, value]) => `${name}(${value.length})`).join(', ');
  const body = request.body === undefined ? 'no body' : `body(${request.body.length}${request.framing === 'chunked' ? ', chunked' : ''}): ${JSON.stringify(clip(request.body, 160))}`;
  const mutations = request.mutations.length > 0 ? request.mutations.join(' ') : 'none (valid request)';
  return `[${request.api}${request.operationId ? ` ${request.operationId}` : ''}] ${request.method} ${clip(request.target, 200)} [${clip(headers, 300)}] ${body} mutations: ${mutations}`;
}
