import { DEFAULT_BODY_LIMIT } from '../../mock/pipeline/PlainRequest.ts';
import { listOperations } from '../../openapi/listOperations.ts';
import { loadDocument } from '../../openapi/loadDocument.ts';
import { mergeParameters } from '../../openapi/mergeParameters.ts';
import { resolveRef } from '../../openapi/resolveRef.ts';
import type { JsonSchema, OpenApiDocument, RequestBodyObject } from '../../openapi/types.ts';
import type { FuzzAnswer, FuzzRequest, FuzzTarget } from '../types.ts';
import { checkAnswer, type DocumentValidators, type OracleProblem } from './checkAnswer.ts';
import { createDocumentRouter } from './documentRouter.ts';
import type { Expectation } from './Expectation.ts';
import { expectAnswer, type ModelOperation, type OracleModel } from './expectAnswer.ts';
import type { RefusedPart } from './OracleRules.ts';
import { prismInputProblems, prismOperations, prismSchemaOperation, type PrismOperation } from './prismValidation.ts';

export type { OracleProblem } from './checkAnswer.ts';

/** The head limit `createMockServer` runs with unless told otherwise (16 KiB). */
export const DEFAULT_HEAD_LIMIT = 16 * 1024;

/** The mock-control document's error format (MK-5): its 404 and 405 bodies. */
const CONTROL_ERROR_SCHEMA = 'ControlError';

/** The fuzz oracle of one running API: what each request deserves, and whether its answer is that. */
export interface FuzzOracle {
  expect(request: FuzzRequest): Expectation;
  /** The oracle's verdict on an answer (`[]`: the answer is what the request deserved). */
  judge(request: FuzzRequest, answer: Extract<FuzzAnswer, { kind: 'answer' }>): { readonly expectation: Expectation; readonly problems: OracleProblem[] };
}

/**
 * Builds the oracle of a fuzz target from its document, the mock-control document and the target's
 * rules (`FuzzTarget.oracle`): routes and operations read from the documents by the oracle's own
 * router, request values and answers judged by Prism's HTTP validator, answers outside every
 * operation against the schema the document names in `x-error-outside-operations`. Loading Prism's view of the
 * documents takes a second or so.
 *
 * @example
 *   const oracle = await createOracle(target);
 *   oracle.judge(request, answer).problems; // [] when the answer is the one the request deserved
 */
export async function createOracle(target: FuzzTarget, limits: { readonly head?: number; readonly body?: number } = {}): Promise<FuzzOracle> {
  const controlDoc = loadDocument('mock-control');
  const [apiPrism, controlPrism, apiOutside, controlOutside] = await Promise.all([
    prismOperations(target.document),
    prismOperations(controlDoc),
    prismSchemaOperation(target.document, outsideErrorSchema(target.document)),
    prismSchemaOperation(controlDoc, CONTROL_ERROR_SCHEMA),
  ]);
  const model: OracleModel = {
    router: createDocumentRouter(target.document),
    operations: modelOperations(target.document, apiPrism),
    rules: target.oracle,
    credentialHeaders: credentialHeaderNames(target.document),
    control: {
      router: createDocumentRouter({ ...controlDoc, servers: [{ url: '/' }] }),
      operations: modelOperations(controlDoc, controlPrism),
      served: new Set(target.controlOperations),
    },
    limits: { head: limits.head ?? DEFAULT_HEAD_LIMIT, body: limits.body ?? DEFAULT_BODY_LIMIT },
    host: new URL(target.origin).host,
  };
  const validators: Record<'api' | 'control', DocumentValidators> = {
    api: { operations: apiPrism, outside: apiOutside },
    control: { operations: controlPrism, outside: controlOutside },
  };
  return {
    expect: (request) => expectAnswer(model, request),
    judge(request, answer) {
      const expectation = expectAnswer(model, request);
      return { expectation, problems: checkAnswer(validators, request, expectation, answer) };
    },
  };
}

/**
 * The `components.schemas` entry a document names for the answers it gives outside every
 * operation, `x-error-outside-operations: {$ref: '#/components/schemas/<name>'}` at its root (no
 * operation can declare an unknown route's 404, a 405, 408, 431 or a raw 400).
 */
export function outsideErrorSchema(doc: OpenApiDocument): string {
  const ref = (doc as { 'x-error-outside-operations'?: { $ref?: unknown } })['x-error-outside-operations']?.$ref;
  const name = typeof ref === 'string' ? /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1] : undefined;
  if (!name) throw new Error(`"${doc.info.title}" names no error schema for answers outside its operations: add x-error-outside-operations: { $ref: '#/components/schemas/...' } at its root`);
  return decodeURIComponent(name);
}

/** The header names of every security scheme the document uses (apiKey in header), lower case. */
function credentialHeaderNames(doc: OpenApiDocument): string[] {
  const schemes = doc.components?.securitySchemes ?? {};
  return Object.values(schemes)
    .filter((s) => s.type === 'apiKey' && s.in === 'header' && s.name)
    .map((s) => s.name!.toLowerCase());
}

/** Each operation of a document as the oracle judges it. */
function modelOperations(doc: OpenApiDocument, prism: ReadonlyMap<string, PrismOperation>): Map<string, ModelOperation> {
  const out = new Map<string, ModelOperation>();
  for (const listed of listOperations(doc)) {
    const prismOp = prism.get(listed.operationId);
    if (!prismOp) throw new Error(`Prism did not read operation ${listed.operationId}`);
    const parameters = mergeParameters(doc, listed).map((m) => m.parameter);
    const integers = parameters
      .filter((p) => (p.in === 'path' || p.in === 'query') && p.schema !== undefined && resolveRef<Record<string, unknown>>(doc, p.schema as Record<string, unknown>).type === 'integer')
      .map((p) => ({ in: p.in as 'path' | 'query', name: p.name }));
    const queryNames = parameters.filter((p) => p.in === 'query').map((p) => p.name);
    const pathNames = parameters.filter((p) => p.in === 'path').map((p) => p.name);
    const body = listed.operation.requestBody ? resolveRef<RequestBodyObject>(doc, listed.operation.requestBody) : undefined;
    const bodySchema = body?.content['application/json']?.schema;
    const bodyTakesNull = bodySchema !== undefined && admitsNull(doc, bodySchema);
    out.set(listed.operationId, {
      operationId: listed.operationId,
      declared: declaredStatuses(Object.keys(listed.operation.responses)),
      pathParameters: pathNames,
      queryNames,
      acceptsBody: bodySchema !== undefined,
      judge(apiPath, params, query, requestBody) {
        const refused: RefusedPart[] = [];
        const doubtful: RefusedPart[] = [];
        for (const p of integers) {
          const raw = p.in === 'path' ? params[p.name] : query[p.name];
          if (raw === undefined) continue;
          const kind = integerText(raw);
          if (kind === 'decimal') continue;
          (kind === 'not-integer' ? refused : doubtful).push({ in: p.in, name: p.name, detail: kind === 'not-integer' ? `${p.name} is not a decimal integer` : `an integer ${kind}` });
        }
        const declaredQuery: Record<string, string> = {};
        for (const name of queryNames) if (query[name] !== undefined) declaredQuery[name] = query[name];
        // Prism reads a JSON `null` body as no body at all; the document's schema decides it.
        if (requestBody === null && !bodyTakesNull) refused.push({ in: 'body', name: '', detail: 'the body is null' });
        for (const d of prismInputProblems(prismOp, apiPath, declaredQuery, requestBody)) {
          if (d.severity !== 0) continue;
          const [where, name = ''] = d.path ?? ['body'];
          const kind = where === 'path' || where === 'query' ? where : 'body';
          const declaredName = kind === 'body' ? name : ([...pathNames, ...queryNames].find((n) => n.toLowerCase() === name.toLowerCase()) ?? name);
          refused.push({ in: kind, name: declaredName, detail: d.message });
        }
        return { refused, doubtful };
      },
    });
  }
  return out;
}

/**
 * How an integer parameter's text reads. A decimal integer is one (AC-38; an integer of Agora's
 * Java gateway); `0x10`, `1e1`, `1.0`, `''` are not. Two readings are left open: a plus sign or
 * surrounding blanks (PHP's `FILTER_VALIDATE_INT` takes them, the documents' integer does not say),
 * and a magnitude past 2^53 (PHP refuses past 2^63, a double loses digits).
 */
function integerText(raw: string): 'decimal' | 'not-integer' | 'with a sign or blanks' | 'past 2^53' {
  if (/^-?\d+$/.test(raw)) return Math.abs(Number(raw)) > Number.MAX_SAFE_INTEGER ? 'past 2^53' : 'decimal';
  if (/^[ \t]*[+-]?\d+[ \t]*$/.test(raw)) return 'with a sign or blanks';
  return 'not-integer';
}

/** The statuses a Responses Object declares: `404` itself, `4XX` as 400-499, `default` as any 4xx (5xx are never expected). */
function declaredStatuses(keys: readonly string[]): number[] {
  const out = new Set<number>();
  for (const key of keys) {
    if (/^\d{3}$/.test(key)) out.add(Number(key));
    else if (/^[1-5]XX$/i.test(key) || key === 'default') {
      const hundred = key === 'default' ? 4 : Number(key[0]);
      for (let s = hundred * 100; s < hundred * 100 + 100; s++) out.add(s);
    }
  }
  return [...out];
}

/** Whether a schema admits `null`: no `type`, or a `type` that lists it, or a branch of `anyOf`/`oneOf` that does. */
function admitsNull(doc: OpenApiDocument, schema: JsonSchema): boolean {
  if (typeof schema === 'boolean') return schema;
  const s = resolveRef<Record<string, unknown>>(doc, schema);
  if ('const' in s) return s.const === null;
  if (Array.isArray(s.enum)) return s.enum.includes(null);
  const branches = [...((s.anyOf as JsonSchema[] | undefined) ?? []), ...((s.oneOf as JsonSchema[] | undefined) ?? [])];
  if (branches.length > 0 && !branches.some((b) => admitsNull(doc, b))) return false;
  if (s.type === undefined) return true;
  return Array.isArray(s.type) ? s.type.includes('null') : s.type === 'null';
}
