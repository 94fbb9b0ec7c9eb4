import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import FindMyWay from 'find-my-way';
import { createSchemaValidator, documentSchemaId, type SchemaValidator, type SchemaViolation } from '../openapi/createSchemaValidator.ts';
import { listOperations } from '../openapi/listOperations.ts';
import { pointerFragment, refSegments, resolveRef } from '../openapi/resolveRef.ts';
import {
  HTTP_METHODS,
  type HttpMethod,
  type JsonSchema,
  type OpenApiDocument,
  type OperationObject,
  type ParameterObject,
  type RequestBodyObject,
  type ResponseObject,
} from '../openapi/types.ts';
import type { RequestViolation } from '../mock/types.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020, options: { mode: 'fast' | 'full' }) => Ajv2020;

/** What a response violation is about: an undeclared status, an undeclared content type, a missing body, or the body's schema. */
export type ResponseViolationKind = 'status' | 'contentType' | 'missingBody' | 'schema';

/** A response's departure from the document. */
export interface ResponseViolation extends SchemaViolation {
  readonly kind: ResponseViolationKind;
}

/** One operation of a document with every validator it needs, compiled once at start-up. */
export interface CompiledOperation {
  readonly operationId: string;
  readonly method: Uppercase<HttpMethod>;
  /** Path template as the document writes it (`/devices/{anydeskId}`). */
  readonly pathTemplate: string;
  readonly operation: OperationObject;
  /** Whether the operation takes a JSON request body. */
  readonly acceptsBody: boolean;
  /**
   * Coerces raw path and query strings to their schema types in place, applies query defaults and
   * returns every violation (all of them, not the first).
   */
  validateRequest(path: Record<string, unknown>, query: Record<string, unknown>, body: unknown): RequestViolation[];
  /** Violations of a response against the declared status, content type and body schema. */
  validateResponse(status: number, contentType: string | undefined, body: unknown): ResponseViolation[];
  /** Compiles every validator of the operation now instead of on first use. */
  warmUp(): void;
}

export interface RouteMatch {
  readonly operation: CompiledOperation;
  /** Decoded path parameter values, as strings (a fresh object per call: validation coerces it in place). */
  readonly params: Record<string, string>;
}

export type RouteResult =
  | { readonly kind: 'match'; readonly match: RouteMatch }
  | { readonly kind: 'methodNotAllowed'; readonly allowed: string[] }
  | { readonly kind: 'notFound' };

/**
 * Compiles a bundled OpenAPI document into a router and per-operation validators: nothing about
 * routes, parameters or schemas is written by hand anywhere else. Routing uses find-my-way (Fastify's
 * radix-tree router); validation uses ajv in the document's JSON Schema 2020-12 dialect.
 *
 * @example
 *   const routes = compileOperations(loadDocument('anyclassroom'), 'anyclassroom');
 *   const r = routes.route('GET', '/devices/123456789'); // { kind: 'match', match: { operation, params } }
 */
export function compileOperations(doc: OpenApiDocument, id: string) {
  const schemas = createSchemaValidator(doc, id);
  // Parameters arrive as strings: a second ajv instance coerces them to their schema types in place.
  const coercing = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true, validateSchema: false });
  addFormats(coercing, { mode: 'fast' });
  for (const keyword of ['discriminator', 'xml', 'externalDocs', 'example']) coercing.addKeyword(keyword);
  coercing.addSchema(doc as object, documentSchemaId(id));

  // maxParamLength: a path value of any length reaches validation (which answers it in the API's
  // format); the request head is capped at 16 KiB by the server anyway.
  const router = FindMyWay({ ignoreTrailingSlash: true, maxParamLength: 65_536, caseSensitive: true });
  const operations: CompiledOperation[] = [];
  for (const { pathTemplate, method, item, operation } of listOperations(doc)) {
    const compiled = compileOperation(doc, schemas, coercing, id, pathTemplate, method, operation, item.parameters ?? []);
    operations.push(compiled);
    router.on(compiled.method, pathTemplate.replace(/\{([^}]+)\}/g, ':$1'), () => undefined, compiled);
  }

  return {
    operations,
    /**
     * Compiles all validators in the background, one operation per event-loop turn, starting after
     * `delayMs` so that the first requests after start-up are not queued behind it (an operation asked
     * for before its turn compiles on that request).
     */
    warmUpInBackground(delayMs = 300): void {
      const queue = [...operations];
      const next = () => {
        queue.shift()?.warmUp();
        if (queue.length > 0) setImmediate(next).unref();
      };
      setTimeout(next, delayMs).unref();
    },
    /** Finds the operation for a method and a path in the document's path space. */
    route(method: string, path: string): RouteResult {
      // HEAD is answered like GET without a body (RFC 9110 9.3.2), as Laravel and Agora's gateway do.
      const found = router.find(method as 'GET', path) ?? (method === 'HEAD' ? router.find('GET', path) : null);
      if (found) return { kind: 'match', match: { operation: found.store as CompiledOperation, params: { ...found.params } as Record<string, string> } };
      const allowed = HTTP_METHODS.map((m) => m.toUpperCase()).filter((m) => router.find(m as 'GET', path));
      if (allowed.includes('GET') && !allowed.includes('HEAD')) allowed.push('HEAD');
      return allowed.length > 0 ? { kind: 'methodNotAllowed', allowed } : { kind: 'notFound' };
    },
  };
}

export type CompiledOperations = ReturnType<typeof compileOperations>;

function compileOperation(
  doc: OpenApiDocument,
  schemas: SchemaValidator,
  coercing: Ajv2020,
  id: string,
  pathTemplate: string,
  method: HttpMethod,
  operation: OperationObject,
  pathLevel: readonly (ParameterObject | { $ref: string })[],
): CompiledOperation {
  const opAt = ['paths', pathTemplate, method];
  const operationId = operation.operationId ?? `${method} ${pathTemplate}`;

  // Parameters: operation-level ones override path-level ones with the same name and location.
  const params = new Map<string, { param: ParameterObject; schemaRef: string }>();
  const addParams = (list: readonly unknown[], at: string[]) =>
    list.forEach((raw, index) => {
      const ref = (raw as { $ref?: string }).$ref;
      const param = resolveRef<ParameterObject>(doc, raw as ParameterObject);
      const location = ref ? refSegments(ref) : [...at, 'parameters', String(index)];
      params.set(`${param.in}:${param.name}`, { param, schemaRef: `${documentSchemaId(id)}${pointerFragment([...location, 'schema'])}` });
    });
  addParams(pathLevel, ['paths', pathTemplate]);
  addParams(operation.parameters ?? [], opAt);

  // Validators are compiled on first use (ajv compilation of a whole document takes a few hundred
  // milliseconds): the server listens at once and warms them up in the background (`warmUp`).
  const groupSchema = (where: 'path' | 'query') => {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    const members: ParameterObject[] = [];
    for (const { param, schemaRef } of params.values()) {
      if (param.in !== where) continue;
      members.push(param);
      properties[param.name] = { $ref: schemaRef };
      if (param.required || where === 'path') required.push(param.name);
    }
    return { members, validate: lazy(() => coercing.compile({ type: 'object', properties, required })) };
  };
  const pathGroup = groupSchema('path');
  const queryGroup = groupSchema('query');
  const queryDefaults = queryGroup.members
    .map((p) => [p.name, schemaDefault(doc, p.schema)] as const)
    .filter(([, value]) => value !== undefined);
  // Integer parameters must be written as decimal integers: ajv's coercion alone would also take
  // `1.0`, `0x10`, `1e2` or ` 7` (Laravel's integer rule and Agora's gateway refuse them).
  const integerParams = [...pathGroup.members.map((p) => ['path', p] as const), ...queryGroup.members.map((p) => ['query', p] as const)]
    .filter(([, p]) => schemaType(doc, p.schema) === 'integer')
    .map(([where, p]) => ({ where, name: p.name }));

  let bodySchemaAt: string[] | null = null;
  let bodyRequired = false;
  if (operation.requestBody) {
    const ref = (operation.requestBody as { $ref?: string }).$ref;
    const body = resolveRef<RequestBodyObject>(doc, operation.requestBody);
    const at = ref ? refSegments(ref) : [...opAt, 'requestBody'];
    bodyRequired = body.required === true;
    if (body.content['application/json']?.schema !== undefined) bodySchemaAt = [...at, 'content', 'application/json', 'schema'];
  }
  const validateBody = lazy(() => (bodySchemaAt ? schemas.at(bodySchemaAt) : null));

  const responses = new Map<string, { schema: () => ValidateFunction | null; types: string[] }>();
  for (const [status, raw] of Object.entries(operation.responses)) {
    const ref = (raw as { $ref?: string }).$ref;
    const response = resolveRef<ResponseObject>(doc, raw);
    const at = ref ? refSegments(ref) : [...opAt, 'responses', status];
    const json = response.content?.['application/json'];
    responses.set(status, {
      schema: lazy(() => (json?.schema !== undefined ? schemas.at([...at, 'content', 'application/json', 'schema']) : null)),
      types: Object.keys(response.content ?? {}),
    });
  }

  const collect = (where: RequestViolation['in'], fn: ValidateFunction): RequestViolation[] =>
    (fn.errors ?? []).map((e) => {
      const segments = e.instancePath.split('/').slice(1);
      const name = where === 'body' ? (segments[0] ?? (e.keyword === 'required' ? String(e.params.missingProperty) : '')) : (segments[0] ?? String(e.params.missingProperty ?? ''));
      return {
        in: where,
        name,
        path: `$${segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('')}`,
        keyword: e.keyword,
        message: e.message ?? e.keyword,
        params: e.params,
      };
    });

  return {
    operationId,
    method: method.toUpperCase() as Uppercase<HttpMethod>,
    pathTemplate,
    operation,
    acceptsBody: bodySchemaAt !== null,
    validateRequest(path, query, body) {
      const violations: RequestViolation[] = [];
      const notDecimal = integerParams.filter(({ where, name }) => {
        const raw = (where === 'path' ? path : query)[name];
        return typeof raw === 'string' && !/^-?\d+$/.test(raw);
      });
      const validatePath = pathGroup.validate();
      if (!validatePath(path)) violations.push(...collect('path', validatePath));
      for (const [name, value] of queryDefaults) if (query[name] === undefined) query[name] = typeof value === 'object' && value !== null ? structuredClone(value) : value;
      const validateQuery = queryGroup.validate();
      if (!validateQuery(query)) violations.push(...collect('query', validateQuery));
      for (const { where, name } of notDecimal) {
        if (!violations.some((v) => v.in === where && v.name === name)) {
          violations.push({ in: where, name, path: '$', keyword: 'type', message: 'must be integer', params: { type: 'integer' } });
        }
      }
      // `page=1e400` coerces to Infinity, which ajv's `integer` accepts.
      for (const [where, values] of [['path', path], ['query', query]] as const) {
        for (const [name, value] of Object.entries(values)) {
          if (typeof value === 'number' && !Number.isFinite(value)) {
            violations.push({ in: where, name, path: '$', keyword: 'type', message: 'must be a finite number', params: { type: 'number' } });
          }
        }
      }
      const bodyCheck = validateBody();
      if (bodyCheck) {
        if (body === undefined && bodyRequired) {
          violations.push({ in: 'body', name: '', path: '$', keyword: 'required', message: 'request body is required', params: {} });
        } else if (body !== undefined && !bodyCheck(body)) {
          violations.push(...collect('body', bodyCheck));
        }
      }
      return violations;
    },
    warmUp() {
      pathGroup.validate();
      queryGroup.validate();
      validateBody();
      for (const r of responses.values()) r.schema();
    },
    validateResponse(status, contentType, body) {
      const declared = responses.get(String(status)) ?? responses.get(`${String(status)[0]}XX`) ?? responses.get('default');
      if (!declared) return [{ kind: 'status', path: '$', message: `status ${status} is not declared for ${operationId}`, params: { status } }];
      if (body === undefined) {
        return declared.types.length === 0 ? [] : [{ kind: 'missingBody', path: '$', message: `status ${status} of ${operationId} declares a body, none was sent`, params: {} }];
      }
      const type = contentType?.split(';')[0]?.trim();
      if (!type || !declared.types.includes(type)) {
        return [{ kind: 'contentType', path: '$', message: `content type ${type ?? '(none)'} is not declared for ${operationId} ${status}`, params: { declared: declared.types } }];
      }
      const schema = declared.schema();
      return schema ? schemas.violations(schema, body).map((v) => ({ ...v, kind: 'schema' as const })) : [];
    },
  };
}

function schemaType(doc: OpenApiDocument, schema: JsonSchema | undefined): unknown {
  const resolved = schema && typeof schema === 'object' ? resolveRef<Record<string, unknown>>(doc, schema as Record<string, unknown>) : undefined;
  return resolved?.type;
}

function schemaDefault(doc: OpenApiDocument, schema: JsonSchema | undefined): unknown {
  const resolved = schema && typeof schema === 'object' ? resolveRef<Record<string, unknown>>(doc, schema as Record<string, unknown>) : undefined;
  return resolved?.default;
}

/** Memoises a computation that may legitimately return `null`. */
function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}
