import type { ContractViolation } from '../types.ts';

/**
 * One violation on one line: operation, request, status, JSON path, expected, actual, and whether
 * the document or the scenario said so.
 *
 * @example
 *   formatViolation(v);
 *   // 'getDevice GET http://127.0.0.1:4010/api/v1/devices/123 -> 200: $.data.anydesk_id: expected required property, actual absent [document]'
 */
export function formatViolation(v: ContractViolation): string {
  const answer = v.status === undefined ? 'no answer' : String(v.status);
  return `${v.operationId} ${v.method} ${v.url} -> ${answer}: ${v.path}: expected ${v.expected}, actual ${v.actual} [${v.source}]`;
}
