import type { CompiledOperation } from '../core/http/compileOperations.ts';
import { createSchemaValidator } from '../core/openapi/createSchemaValidator.ts';
import { refSegments, resolveRef } from '../core/openapi/resolveRef.ts';
import type { HeaderObject, JsonSchema, OpenApiDocument, ResponseObject } from '../core/openapi/types.ts';
import { describeSchemaViolation, show } from './describeSchemaViolation.ts';
import type { Exchange } from './sendRequest.ts';
import type { ContractViolation } from './types.ts';

type Answered = Extract<Exchange, { kind: 'response' }>;

/**
 * The per-response document check of the kit. Status, content type and body go through the
 * operation's own `validateResponse` from `compileOperations` (the validators the mock uses, so kit
 * and mock cannot disagree about the document); declared response headers are checked here, since
 * `validateResponse` does not see headers. Every finding names the operation, the JSON path, the
 * expected and the actual value.
 *
 * @example
 *   const check = createResponseCheck(doc, 'anyclassroom');
 *   check(operation, exchange); // [{ source: 'document', operationId: 'getDevice', path: '$.data.status', expected: 'one of ["enabled","disabled"]', actual: '"on" (string)', ... }]
 */
export function createResponseCheck(doc: OpenApiDocument, id: string) {
  const schemas = createSchemaValidator(doc, id);

  return (operation: CompiledOperation, exchange: Answered): ContractViolation[] => {
    const { status, body } = exchange.response;
    const base = { source: 'document' as const, operationId: operation.operationId, method: operation.method, url: exchange.request.url, status };
    const declared = declaredResponse(operation, status);
    if (exchange.unparsableJson !== undefined) {
      return [{ ...base, path: '$', expected: 'a JSON body (the Content-Type says JSON)', actual: `unparsable: ${exchange.unparsableJson}` }];
    }
    const found = operation.validateResponse(status, exchange.contentType, body).map((v): ContractViolation => {
      if (v.kind === 'status') {
        return { ...base, path: '$statusCode', expected: `a declared status: ${Object.keys(operation.operation.responses).join(', ')}`, actual: String(status) };
      }
      if (v.kind === 'contentType') {
        return { ...base, path: 'header Content-Type', expected: (v.params.declared as string[]).join(' or ') || 'no body', actual: exchange.contentType ?? 'absent' };
      }
      if (v.kind === 'missingBody') {
        return { ...base, path: '$', expected: `a body (${declared?.types.join(' or ') ?? 'declared'})`, actual: 'empty body' };
      }
      return { ...base, ...describeSchemaViolation(v, body) };
    });
    if (declared) found.push(...checkHeaders(declared, exchange.response.headers).map((h) => ({ ...base, ...h })));
    return found;
  };

  /** The response object a status selects (exact, `NXX`, `default`), with the location of its headers. */
  function declaredResponse(operation: CompiledOperation, status: number) {
    const responses = operation.operation.responses;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => k in responses);
    if (!key) return undefined;
    const raw = responses[key]!;
    const at = '$ref' in raw ? refSegments(raw.$ref) : ['paths', operation.pathTemplate, operation.method.toLowerCase(), 'responses', key];
    const response = resolveRef<ResponseObject>(doc, raw);
    return { response, at, types: Object.keys(response.content ?? {}) };
  }

  function checkHeaders(declared: NonNullable<ReturnType<typeof declaredResponse>>, headers: Readonly<Record<string, string>>) {
    const problems: { path: string; expected: string; actual: string }[] = [];
    for (const [name, raw] of Object.entries(declared.response.headers ?? {})) {
      if (name.toLowerCase() === 'content-type') continue; // OpenAPI ignores it; the content type check covers it
      const header = resolveRef<HeaderObject>(doc, raw);
      const value = headers[name.toLowerCase()];
      const path = `header ${name}`;
      if (value === undefined) {
        if (header.required) problems.push({ path, expected: 'required header', actual: 'absent' });
        continue;
      }
      if (header.schema === undefined) continue;
      const at = '$ref' in raw ? [...refSegments(raw.$ref), 'schema'] : [...declared.at, 'headers', name, 'schema'];
      const coerced = coerceHeader(value, resolveRef<Record<string, unknown>>(doc, header.schema as Record<string, unknown>));
      for (const v of schemas.violations(schemas.at(at), coerced)) problems.push({ path, expected: describeSchemaViolation(v, coerced).expected, actual: show(value) });
    }
    return problems;
  }
}

export type ResponseCheck = ReturnType<typeof createResponseCheck>;

/** Header values are text; a schema typed number, integer or boolean is checked on the parsed value. */
function coerceHeader(value: string, schema: Exclude<JsonSchema, boolean>): unknown {
  const type = schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}
