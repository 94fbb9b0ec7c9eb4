import type { ErrorObject } from 'ajv/dist/2020.js';
import { documentSchemaId, type SchemaCheck } from '../openapi/createAjv.ts';
import { createSchemaValidator } from '../openapi/createSchemaValidator.ts';
import { formatJsonPath as jsonPath, parsePointer, readAt as valueAt } from '../openapi/jsonPath.ts';
import type { JsonSchema, OpenApiDocument } from '../openapi/types.ts';
import { isSeedChecked } from './checkedSeeds.ts';
import { SeedError, showSeedValue, type SeedProblem } from './SeedError.ts';

/** Collects the problems of one seed data set; the cross-record checks of a domain add theirs with `add`. */
export interface SeedProblems {
  readonly file: string;
  readonly list: SeedProblem[];
  /** Records a problem at a JSON path (`$.rooms[2].state`). */
  add(path: string, expected: string, actual: unknown): void;
  /** Throws one `SeedError` listing every problem, if there is any. */
  throwIfAny(): void;
}

/**
 * One seed checker for every API: a seed data set is validated against a JSON Schema built from the
 * API's document (`seedSchema` may `$ref` the document's components through `documentRef`), and
 * every violation becomes a problem naming the file, the JSON path, the expectation and the actual
 * value. What a schema cannot say (ids that must exist elsewhere in the data set, times in order) the
 * API checks itself and adds to the same collector.
 *
 * A seed object marked by `markSeedChecked` (a default seed whose bytes the build checked) is not
 * validated again: the schema is then neither compiled nor run, which is most of a start's time.
 *
 * @example
 *   const checker = createSeedChecker('anyclassroom', doc, (ref) => ({
 *     type: 'object', required: ['devices'],
 *     properties: { devices: { type: 'array', items: ref('Device') } },
 *   }));
 *   const problems = checker.check(seed, 'mocks/anyclassroom.seed.json'); // schema problems collected
 *   problems.add('$.devices[0].classroom_id', 'a classroom id of the seed', 999);
 *   problems.throwIfAny(); // SeedError with every problem
 */
export function createSeedChecker(api: string, document: OpenApiDocument, seedSchema: (componentRef: (name: string) => JsonSchema) => JsonSchema) {
  const id = `${api}-seed`;
  const componentRef = (name: string): JsonSchema => ({ $ref: `${documentSchemaId(id)}#/components/schemas/${name}` });
  // The seed schema is registered inside the document under `x-seed-schema`, so its references to
  // the document's components resolve in the same ajv instance.
  // Compiled on the first seed that needs it (creating ajv and adding the document costs ~20 ms).
  let validate: SchemaCheck | undefined;
  const compile = (): SchemaCheck => {
    const withSeed = { ...document, 'x-seed-schema': seedSchema(componentRef) } as OpenApiDocument;
    return createSchemaValidator(withSeed, id).at(['x-seed-schema']);
  };

  return {
    /** Validates `seed` against the seed schema; the returned collector holds the problems found. */
    check(seed: unknown, file: string): SeedProblems {
      const problems = createSeedProblems(api, file);
      if (isSeedChecked(seed)) return problems;
      validate ??= compile();
      if (!validate(seed)) {
        for (const error of validate.errors ?? []) {
          // An `if`/`then` failure is also reported by the `then` schema's own keywords, which say
          // what is wrong; the `if` keyword's "must match then schema" would only repeat it.
          if (error.keyword === 'if') continue;
          const problem = describeError(error, seed);
          problems.add(problem.path, problem.expected, problem.actual);
        }
      }
      return problems;
    },
  };
}

/**
 * A problem collector for one data set (used by `createSeedChecker`, and alone for data that has no
 * schema).
 *
 * @example
 *   const problems = createSeedProblems('agora-classroom', 'mocks/agora-classroom.seed.json');
 */
export function createSeedProblems(api: string, file: string): SeedProblems {
  const list: SeedProblem[] = [];
  const seen = new Set<string>();
  return {
    file,
    list,
    add(path, expected, actual) {
      const key = `${path}\u0000${expected}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push({ file, path, expected, actual: showSeedValue(actual) });
    },
    throwIfAny() {
      if (list.length > 0) throw new SeedError(api, list);
    },
  };
}

/** An ajv error as a path, an expectation in words and the value found there. */
function describeError(error: ErrorObject, root: unknown): { path: string; expected: string; actual: unknown } {
  const segments = parsePointer(error.instancePath);
  const at = valueAt(root, segments);
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { path: jsonPath([...segments, String(p.missingProperty)]), expected: 'a value (required)', actual: undefined };
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      return { path: jsonPath([...segments, name]), expected: 'no such property (not part of the format)', actual: valueAt(at, [name]) };
    }
    case 'type':
      return { path: jsonPath(segments), expected: article(String(p.type)), actual: at };
    case 'enum':
      return { path: jsonPath(segments), expected: `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, actual: at };
    case 'const':
      return { path: jsonPath(segments), expected: JSON.stringify(p.allowedValue), actual: at };
    case 'pattern':
      return { path: jsonPath(segments), expected: `a string matching ${String(p.pattern)}`, actual: at };
    case 'format':
      return { path: jsonPath(segments), expected: `a ${String(p.format)}`, actual: at };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { path: jsonPath(segments), expected: `a number ${String(p.comparison)} ${String(p.limit)}`, actual: at };
    case 'minLength':
    case 'maxLength':
      return { path: jsonPath(segments), expected: `a string of ${error.keyword === 'minLength' ? 'at least' : 'at most'} ${String(p.limit)} characters`, actual: at };
    case 'minItems':
    case 'maxItems':
      return { path: jsonPath(segments), expected: `${error.keyword === 'minItems' ? 'at least' : 'at most'} ${String(p.limit)} items`, actual: at };
    default:
      return { path: jsonPath(segments), expected: error.message ?? error.keyword, actual: at };
  }
}

function article(type: string): string {
  return type
    .split(',')
    .map((t) => (t === 'null' ? 'null' : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`))
    .join(' or ');
}
