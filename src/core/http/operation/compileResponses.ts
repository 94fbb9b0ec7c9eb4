import type { SchemaCheck } from '../../openapi/createAjv.ts';
import { toSchemaViolation, type SchemaViolation } from '../../openapi/createSchemaValidator.ts';
import type { ListedOperation } from '../../openapi/listOperations.ts';
import { formatJsonPath } from '../../openapi/jsonPath.ts';
import { locationOf, resolveRef } from '../../openapi/resolveRef.ts';
import { responseKeyFor } from '../../openapi/responseKeyFor.ts';
import type { HeaderObject, ResponseObject } from '../../openapi/types.ts';
import { lazy } from './lazy.ts';
import { compileTextGroup, type OperationCompiler } from './OperationCompiler.ts';
import type { ResponseViolation } from './ResponseViolation.ts';
import { independentItemLists, rememberVerifiedItems } from './verifiedItems.ts';

/** A header a response declares (Content-Type excluded: OpenAPI ignores it there). */
export interface DeclaredHeader {
  /** As the document writes it (`Retry-After`). */
  readonly name: string;
  readonly required: boolean;
}

/** One entry of an operation's Responses Object. */
export interface DeclaredResponse {
  /** `200`, `4XX` or `default`. */
  readonly key: string;
  readonly response: ResponseObject;
  /** Location of the Response Object in the document (its component when it is a `$ref`). */
  readonly at: readonly string[];
  /** The media types it declares a body in; empty when it has no body. */
  readonly contentTypes: readonly string[];
  readonly headers: readonly DeclaredHeader[];
}

/** Response headers as sent; names in any case. */
export type ResponseHeaders = Readonly<Record<string, string | undefined>>;

/** The compiled response checks of one operation. */
export interface CompiledResponses {
  readonly responses: readonly DeclaredResponse[];
  /** The declared response an answer with `status` is checked against (exact, `NXX`, `default`). */
  responseFor(status: number): DeclaredResponse | undefined;
  /**
   * Violations of an answer against the declared status, content type, body schema and, when
   * `headers` are given, the declared headers.
   */
  validate(status: number, contentType: string | undefined, body: unknown, headers?: ResponseHeaders): ResponseViolation[];
  warmUp(): void;
}

interface CompiledResponse extends DeclaredResponse {
  /** The body's violations (`[]` when it passes); `null` when the response declares no schema. */
  readonly bodyCheck: () => ((body: unknown) => SchemaViolation[]) | null;
  /** `null` when the response declares no header. */
  readonly headerCheck: (() => SchemaCheck) | null;
}

/**
 * The response checks of an operation, as Prism's `validateOutput` does them: the status must be
 * declared, a body must come in a declared media type and match its schema, and declared headers
 * must be present when required and match their schemas (header values are text, coerced like
 * parameters). Every violation is returned, not the first.
 *
 * @example
 *   const responses = compileResponses(compiler, listed);
 *   responses.validate(200, 'application/json', { data: [] }); // [{ kind: 'schema', path: '$', message: "must have required property 'meta'", ... }]
 */
export function compileResponses(compiler: OperationCompiler, listed: Pick<ListedOperation, 'pathTemplate' | 'method' | 'operation' | 'operationId'>): CompiledResponses {
  // `compiler.schemas` is read when a validator is needed: the ajv set-up is made on first use (compileOperations).
  const { doc } = compiler;
  const byKey = new Map<string, CompiledResponse>();
  for (const [key, raw] of Object.entries(listed.operation.responses)) {
    const response = resolveRef<ResponseObject>(doc, raw);
    const at = locationOf(raw, ['paths', listed.pathTemplate, listed.method, 'responses', key]);
    const json = response.content?.['application/json'];
    const headers = Object.entries(response.headers ?? {})
      .filter(([name]) => name.toLowerCase() !== 'content-type')
      .map(([name, rawHeader]) => {
        const header = resolveRef<HeaderObject>(doc, rawHeader);
        const headerAt = locationOf(rawHeader, [...at, 'headers', name]);
        return { name, required: header.required === true, schemaAt: header.schema === undefined ? undefined : [...headerAt, 'schema'] };
      });
    byKey.set(key, {
      key,
      response,
      at,
      contentTypes: Object.keys(response.content ?? {}),
      headers: headers.map(({ name, required }) => ({ name, required })),
      bodyCheck: lazy(() => {
        if (json?.schema === undefined) return null;
        const schemaAt = [...at, 'content', 'application/json', 'schema'];
        const schema = compiler.schemas.at(schemaAt);
        // Immutable list items that passed once are not checked again (`rememberVerifiedItems`).
        return rememberVerifiedItems(independentItemLists(doc, schemaAt), (body) => compiler.schemas.violations(schema, body), (found) => found.length === 0);
      }),
      // Header names are case-insensitive: the group is keyed by lower-case names.
      headerCheck: headers.length === 0 ? null : compileTextGroup(compiler, headers.map((h) => ({ ...h, name: h.name.toLowerCase() }))),
    });
  }
  const responseFor = (status: number) => {
    const key = responseKeyFor(status, (k) => byKey.has(k));
    return key === undefined ? undefined : byKey.get(key);
  };
  const { operationId } = listed;

  return {
    responses: [...byKey.values()],
    responseFor,
    validate(status, contentType, body, headers) {
      const declared = responseFor(status);
      if (!declared) return [{ kind: 'status', path: '$', segments: [], message: `status ${status} is not declared for ${operationId}`, params: { status } }];
      const found = validateBody(declared, status, contentType, body);
      return headers && declared.headerCheck ? [...found, ...validateHeaders(declared, declared.headerCheck(), headers)] : found;
    },
    warmUp() {
      for (const r of byKey.values()) {
        r.bodyCheck();
        r.headerCheck?.();
      }
    },
  };

  function validateBody(declared: CompiledResponse, status: number, contentType: string | undefined, body: unknown): ResponseViolation[] {
    if (body === undefined) {
      return declared.contentTypes.length === 0 ? [] : [{ kind: 'missingBody', path: '$', segments: [], message: `status ${status} of ${operationId} declares a body, none was sent`, params: {} }];
    }
    const type = contentType?.split(';')[0]?.trim();
    if (!type || !declared.contentTypes.includes(type)) {
      return [{ kind: 'contentType', path: '$', segments: [], message: `content type ${type ?? '(none)'} is not declared for ${operationId} ${status}`, params: { declared: declared.contentTypes } }];
    }
    const check = declared.bodyCheck();
    return check ? check(body).map((v) => ({ ...v, kind: 'schema' as const })) : [];
  }
}

function validateHeaders(declared: CompiledResponse, check: SchemaCheck, sent: ResponseHeaders): ResponseViolation[] {
  const values: Record<string, unknown> = {};
  const lowerSent = new Map<string, string>();
  for (const [name, value] of Object.entries(sent)) if (value !== undefined) lowerSent.set(name.toLowerCase(), value);
  for (const { name } of declared.headers) {
    const value = lowerSent.get(name.toLowerCase());
    if (value !== undefined) values[name.toLowerCase()] = value;
  }
  if (check(values)) return [];
  const nameOf = new Map(declared.headers.map((h) => [h.name.toLowerCase(), h.name]));
  return (check.errors ?? []).map((error): ResponseViolation => {
    const violation = toSchemaViolation(error);
    const [lower = String(error.params.missingProperty ?? ''), ...inside] = violation.segments;
    const header = nameOf.get(lower) ?? lower;
    if (violation.segments.length === 0) {
      return { kind: 'header', header, path: '$', segments: [], message: `required header ${header} is absent`, params: error.params };
    }
    return { kind: 'header', header, path: formatJsonPath(inside), segments: inside, message: `header ${header} ${violation.message}`, params: error.params };
  });
}
