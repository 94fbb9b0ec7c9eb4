import { documentSchemaId, type SchemaCheck, type TwoPassAjv } from '../../openapi/createAjv.ts';
import type { SchemaValidator } from '../../openapi/createSchemaValidator.ts';
import { formatFragment } from '../../openapi/jsonPath.ts';
import type { OpenApiDocument } from '../../openapi/types.ts';
import { lazy } from './lazy.ts';

/** What compiling one operation needs: the document and its two ajv set-ups. */
export interface OperationCompiler {
  readonly doc: OpenApiDocument;
  readonly id: string;
  /** Bodies (request and response): validated as they are. */
  readonly schemas: SchemaValidator;
  /** Path, query and header values arrive as text: ajv coerces them to their schema types in place. */
  readonly textValues: TwoPassAjv;
}

/** One text value of a group: its name in the object validated, its schema's location, and whether it must be there. */
export interface TextMember {
  readonly name: string;
  readonly schemaAt: readonly string[] | undefined;
  readonly required: boolean;
}

/**
 * A validator of text values (the path parameters, the query, a response's headers) as one object
 * `{ name: value }`: each member's schema comes from the document by reference, ajv coerces the
 * strings in place (so `'20'` becomes `20` for an integer), and a missing required member is a
 * `required` error. Compiled on first use.
 *
 * @example
 *   const validate = compileTextGroup(compiler, [{ name: 'per_page', schemaAt: [...at, 'schema'], required: false }]);
 *   validate()({ per_page: '20' }); // true, and per_page is now the number 20
 */
export function compileTextGroup(compiler: OperationCompiler, members: readonly TextMember[]): () => SchemaCheck {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const member of members) {
    properties[member.name] = member.schemaAt ? { $ref: `${documentSchemaId(compiler.id)}${formatFragment(member.schemaAt)}` } : {};
    if (member.required) required.push(member.name);
  }
  return lazy(() => compiler.textValues.compile({ type: 'object', properties, required }));
}
