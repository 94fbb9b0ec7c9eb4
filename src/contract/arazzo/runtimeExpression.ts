/**
 * Arazzo 1.0 runtime expressions (`$statusCode`, `$response.body#/data/0/token`,
 * `$steps.create.outputs.token`, ...) and `{$...}` templates inside strings.
 */
import { formatJsonPath, parseFragment, readAt } from '../../core/openapi/jsonPath.ts';

/** What an expression can read while a step runs. `request` and `response` exist once it was sent. */
export interface ExpressionContext {
  readonly inputs: Readonly<Record<string, unknown>>;
  /** Outputs of the steps that ran so far (the latest run of each). */
  readonly steps: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  readonly request?: RequestRecord | undefined;
  readonly response?: ResponseRecord | undefined;
}

export interface RequestRecord {
  readonly url: string;
  readonly method: string;
  readonly path: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

export interface ResponseRecord {
  readonly status: number;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON, the text of a non-JSON body, or `undefined` when empty. */
  readonly body: unknown;
}

const NAME = '[A-Za-z0-9_.\\-]+';
const POINTER = '(?:#(?:/[^\\s]*)?)?';
/** The forms this kit evaluates (Arazzo 1.0 §"Runtime Expressions", without `$workflows`/`$components`). */
const FORMS = [
  '\\$url',
  '\\$method',
  '\\$statusCode',
  `\\$request\\.(?:header|query|path)\\.${NAME}`,
  `\\$request\\.body${POINTER}`,
  `\\$response\\.header\\.${NAME}`,
  `\\$response\\.body${POINTER}`,
  `\\$inputs\\.${NAME}`,
  `\\$steps\\.${NAME}\\.outputs\\.[A-Za-z0-9_\\-]+${POINTER}`,
];
const EXPRESSION = new RegExp(`^(?:${FORMS.join('|')})$`);
const TEMPLATE = /\{(\$[^{}\s]+)\}/g;

/**
 * Whether a string is exactly one runtime expression of the supported forms.
 *
 * @example
 *   isRuntimeExpression('$response.body#/data/0/token'); // true
 *   isRuntimeExpression('room-{$inputs.runId}');          // false (a template)
 */
export function isRuntimeExpression(text: string): boolean {
  return EXPRESSION.test(text);
}

/**
 * Evaluates one runtime expression; `undefined` when the value is absent (no such header, pointer
 * past the end, step that did not run).
 *
 * @example
 *   evaluateExpression('$response.body#/data/state', ctx); // 1
 */
export function evaluateExpression(expression: string, ctx: ExpressionContext): unknown {
  const [head = '', pointer] = splitPointer(expression);
  const parts = head.slice(1).split('.');
  const [root, second, ...rest] = parts;
  switch (root) {
    case 'url':
      return ctx.request?.url;
    case 'method':
      return ctx.request?.method;
    case 'statusCode':
      return ctx.response?.status;
    case 'inputs':
      return readPointer(ctx.inputs[parts.slice(1).join('.')], pointer);
    case 'steps': {
      // $steps.<id>.outputs.<name>: ids may hold dots, so the output name is the last segment.
      const name = parts[parts.length - 1] ?? '';
      const stepId = parts.slice(1, -2).join('.');
      return readPointer(ctx.steps.get(stepId)?.[name], pointer);
    }
    case 'request': {
      const req = ctx.request;
      if (!req) return undefined;
      const name = rest.join('.');
      if (second === 'header') return req.headers[name.toLowerCase()];
      if (second === 'query') return req.query[name];
      if (second === 'path') return req.path[name];
      return readPointer(req.body, pointer);
    }
    case 'response': {
      const res = ctx.response;
      if (!res) return undefined;
      if (second === 'header') return res.headers[rest.join('.').toLowerCase()];
      return readPointer(res.body, pointer);
    }
    default:
      throw new Error(`unsupported runtime expression ${expression}`);
  }
}

/**
 * Resolves a parameter value or request payload: a string that is one runtime expression becomes its
 * value (numbers stay numbers), `{$...}` templates inside strings are replaced by their text, and
 * objects and arrays are resolved member by member.
 *
 * @example
 *   resolveValue({ roomName: 'room {$inputs.runId}', until_time: '$inputs.until' }, ctx);
 *   // { roomName: 'room k3x9', until_time: 1893459600 }
 */
export function resolveValue(value: unknown, ctx: ExpressionContext): unknown {
  if (typeof value === 'string') {
    if (isRuntimeExpression(value)) return evaluateExpression(value, ctx);
    return value.replace(TEMPLATE, (_, expression: string) => String(evaluateExpression(expression, ctx) ?? ''));
  }
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, ctx));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveValue(item, ctx)]));
  }
  return value;
}

/**
 * Every runtime expression a value mentions (whole-string expressions and `{$...}` templates), for the
 * loader's checks.
 *
 * @example
 *   expressionsIn({ a: '$inputs.x', b: 'id-{$steps.s.outputs.id}' }); // ['$inputs.x', '$steps.s.outputs.id']
 */
export function expressionsIn(value: unknown): string[] {
  if (typeof value === 'string') {
    if (value.startsWith('$')) return [value];
    return [...value.matchAll(TEMPLATE)].map((m) => m[1] ?? '');
  }
  if (Array.isArray(value)) return value.flatMap(expressionsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(expressionsIn);
  return [];
}

/** The step ids a runtime expression reads outputs of. */
export function stepReferences(expression: string): string[] {
  const match = /^\$steps\.(.+)\.outputs\.[A-Za-z0-9_-]+/.exec(splitPointer(expression)[0] ?? '');
  return match?.[1] ? [match[1]] : [];
}

/**
 * The JSON path (`$.data[0].token`) of the body location an expression reads, when it reads a body.
 *
 * @example
 *   bodyPathOf('$response.body#/data/0/token'); // '$.data[0].token'
 */
export function bodyPathOf(expression: string): string | undefined {
  const [head, pointer] = splitPointer(expression);
  if (head !== '$response.body') return undefined;
  return pointerToJsonPath(pointer ?? '');
}

/**
 * `/data/0/token` -> `$.data[0].token` (the form the validators report).
 *
 * @example
 *   pointerToJsonPath('/data/odd~1key'); // '$.data["odd/key"]'
 */
export function pointerToJsonPath(pointer: string): string {
  return formatJsonPath(parseFragment(pointer));
}

/**
 * Reads a JSON pointer (RFC 6901, in its URI-fragment form) inside a value; the whole value when the
 * pointer is `undefined`, `undefined` when it leads nowhere. A trailing `.length` that is not a key
 * reads the length of the array or string before it (`#/data.length`), as Redocly respect does: an
 * Arazzo condition cannot otherwise say "the list is empty" without pointing past its end, which
 * respect reports as an error.
 *
 * @example
 *   readPointer({ data: [1, 2] }, '/data.length'); // 2
 */
export function readPointer(value: unknown, pointer: string | undefined): unknown {
  if (pointer === undefined) return value;
  const found = readAt(value, parseFragment(pointer));
  if (found !== undefined || !pointer.endsWith('.length')) return found;
  const base = readAt(value, parseFragment(pointer.slice(0, -'.length'.length)));
  return Array.isArray(base) || typeof base === 'string' ? base.length : undefined;
}

function splitPointer(expression: string): [string, string | undefined] {
  const at = expression.indexOf('#');
  return at < 0 ? [expression, undefined] : [expression.slice(0, at), expression.slice(at + 1)];
}
