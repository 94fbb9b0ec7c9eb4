import { locationOf, resolveRef } from './resolveRef.ts';
import { listOperations } from './listOperations.ts';
import type { ExampleObject, MediaTypeObject, OpenApiDocument, RequestBodyObject, ResponseObject } from './types.ts';

/** A named example attached to a media type, with the location of the schema it must satisfy. */
export interface AttachedExample {
  readonly operationId: string;
  /** `request` or the response status (`200`, `422`, ...). */
  readonly where: string;
  readonly mediaType: string;
  readonly name: string;
  /** Component name when the example is a `$ref` to `#/components/examples/<name>`. */
  readonly component: string | undefined;
  readonly example: ExampleObject;
  /** JSON-pointer segments of the media type's schema in the bundled document. */
  readonly schemaAt: readonly string[];
}

/**
 * Lists every example attached to a request body or response of every operation, resolving
 * `$ref`s, so tests can validate each one against the schema it belongs to.
 *
 * @example
 *   collectExamples(doc).filter((e) => e.example['x-seed']);
 */
export function collectExamples(doc: OpenApiDocument): AttachedExample[] {
  const found: AttachedExample[] = [];
  for (const { pathTemplate: path, method, operation: op, operationId } of listOperations(doc)) {
    const visit = (where: string, content: Record<string, MediaTypeObject> | undefined, base: string[]) => {
      for (const [mediaType, media] of Object.entries(content ?? {})) {
        for (const [name, raw] of Object.entries(media.examples ?? {})) {
          const component = '$ref' in raw ? raw.$ref.replace('#/components/examples/', '') : undefined;
          found.push({
            operationId,
            where,
            mediaType,
            name,
            component,
            example: resolveRef<ExampleObject>(doc, raw),
            schemaAt: [...base, 'content', mediaType, 'schema'],
          });
        }
      }
    };
    if (op.requestBody) {
      const body = resolveRef<RequestBodyObject>(doc, op.requestBody);
      const base = locationOf(op.requestBody, ['paths', path, method, 'requestBody']);
      visit('request', body.content, base);
    }
    for (const [status, raw] of Object.entries(op.responses)) {
      const response = resolveRef<ResponseObject>(doc, raw);
      const base = locationOf(raw, ['paths', path, method, 'responses', status]);
      visit(status, response.content, base);
    }
  }
  return found;
}
