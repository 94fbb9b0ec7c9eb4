import { describe, expect, it } from 'vitest';
import { compileOperations } from '../../../../src/core/http/compileOperations.ts';
import { checkResponse, type ResponseViolationReport } from '../../../../src/core/mock/pipeline/checkResponse.ts';
import { thingsDocument } from '../../fixtures/thingsDocument.ts';

const routes = compileOperations(thingsDocument, 'things-check');
const getThing = routes.operations.find((o) => o.operationId === 'getThing')!;
const request = { method: 'GET', target: '/v1/things/1?token=secret' };

function sink() {
  const logs: Record<string, unknown>[] = [];
  const reports: ResponseViolationReport[] = [];
  return { logs, reports, sink: { api: 'things', log: (e: Record<string, unknown>) => logs.push(e), onViolation: (r: ResponseViolationReport) => reports.push(r) } };
}

describe('stage: response check', () => {
  it('passes an answer the document declares unchanged, saying nothing', () => {
    const s = sink();
    const response = { status: 200, body: { id: 1, name: 'one' } };
    expect(checkResponse(s.sink, getThing, request, response)).toBe(response);
    expect([s.logs, s.reports]).toEqual([[], []]);
  });

  it('flags an answer that breaks the document, logs the route (never the URL) and reports it', () => {
    const s = sink();
    const checked = checkResponse(s.sink, getThing, request, { status: 200, body: { id: 'one' } });
    expect(checked.headers).toEqual({ 'x-mock-response-violations': '2' });
    expect(s.logs).toEqual([
      { level: 'warn', msg: 'response violates the OpenAPI document', api: 'things', operationId: 'getThing', route: 'GET /things/{thingId}', status: 200, violations: ["$: must have required property 'name'", '$.id: must be integer'] },
    ]);
    expect(JSON.stringify(s.logs)).not.toContain('secret');
    expect(s.reports).toEqual([expect.objectContaining({ api: 'things', operationId: 'getThing', method: 'GET', url: request.target, status: 200 })]);
  });

  it('checks the content type it will send: JSON unless the answer says otherwise', () => {
    const s = sink();
    checkResponse(s.sink, getThing, request, { status: 200, body: 'text', headers: { 'Content-Type': 'text/plain' } });
    expect(s.reports[0]?.violations).toEqual([expect.objectContaining({ kind: 'contentType' })]);
  });
});
