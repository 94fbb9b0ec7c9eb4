import type { CompiledOperation } from '../core/http/compileOperations.ts';
import { describeSchemaViolation, expectedOf, show } from './describeSchemaViolation.ts';
import type { Exchange } from './sendRequest.ts';
import type { ContractViolation } from './types.ts';

type Answered = Extract<Exchange, { kind: 'response' }>;

/**
 * The per-response document check of the kit: status, content type, body and declared headers go
 * through the operation's own `validateResponse` (the validators the mock checks its answers with,
 * so kit and mock cannot disagree about the document). Every finding names the operation, the
 * JSON path (or the header), the expected and the actual value.
 *
 * @example
 *   checkAgainstDocument(operation, exchange);
 *   // [{ source: 'document', operationId: 'getDevice', path: '$.data.status', expected: 'one of ["enabled","disabled"]', actual: '"on" (string)', ... }]
 */
export function checkAgainstDocument(operation: CompiledOperation, exchange: Answered): ContractViolation[] {
  const { status, body, headers } = exchange.response;
  const base = { source: 'document' as const, operationId: operation.operationId, method: operation.method, url: exchange.request.url, status };
  if (exchange.unparsableJson !== undefined) {
    return [{ ...base, path: '$', expected: 'a JSON body (the Content-Type says JSON)', actual: `unparsable: ${exchange.unparsableJson}` }];
  }
  return operation.validateResponse(status, exchange.contentType, body, headers).map((v): ContractViolation => {
    switch (v.kind) {
      case 'status':
        return { ...base, path: '$statusCode', expected: `a declared status: ${operation.responses.map((r) => r.key).join(', ')}`, actual: String(status) };
      case 'contentType':
        return { ...base, path: 'header Content-Type', expected: (v.params.declared as string[]).join(' or ') || 'no body', actual: exchange.contentType ?? 'absent' };
      case 'missingBody':
        return { ...base, path: '$', expected: `a body (${operation.responseFor(status)?.contentTypes.join(' or ') ?? 'declared'})`, actual: 'empty body' };
      case 'header': {
        const value = headers[(v.header ?? '').toLowerCase()];
        if (value === undefined) return { ...base, path: `header ${v.header}`, expected: 'required header', actual: 'absent' };
        return { ...base, path: `header ${v.header}`, expected: expectedOf(v), actual: show(value) };
      }
      case 'schema':
        return { ...base, ...describeSchemaViolation(v, body) };
    }
  });
}
