import { createPathRouter } from '../http/createPathRouter.ts';
import { listOperations } from '../openapi/listOperations.ts';
import { resolveRef } from '../openapi/resolveRef.ts';
import type { ExampleObject, OpenApiDocument, OperationObject, ResponseObject } from '../openapi/types.ts';
import type { SpecAnswer, SpecRequest, SpecResponder } from './pipeline/SpecResponder.ts';

/** What Prism says when the status or example asked for is not in the document. */
const PRISM_NOT_FOUND = 'The server cannot find the requested content';

/** Why `Prefer: dynamic=true` is not honoured here (it becomes the `x-mock-prefer-ignored` header). */
export const DYNAMIC_NOT_HONOURED = 'dynamic=true needs Prism (schema-generated data), which runs in Node only (npm start); this mock answers from its state';

/**
 * The `Prefer: code=` / `example=` answers of a document without Prism, for runtimes where Prism
 * cannot run (the MSW handlers in a browser; DECISIONS MK-9). It picks what `prism mock` picks for
 * the same request, from the document's examples:
 * - `code=N`: the response declared for N, else its range (`4XX`), else `default`; without `code`,
 *   the lowest 2xx response, else `default`, else the first;
 * - the JSON media type of that response (the documents declare JSON only);
 * - `example=name`: that named example of the media type; otherwise its first example;
 * - a HEAD gets the status without a body.
 * What it cannot give is a `cannotHonour` answer with the reason, so the pipeline answers from the
 * state and names the reason in `x-mock-prefer-ignored` (RFC 7240: a preference may be ignored, not
 * silently): an undeclared status, an unknown example name, a response without an example, and
 * `dynamic=true` (schema-generated data: Prism's, Node only).
 *
 * @example
 *   const responder = createExampleResponder(ANYCLASSROOM_DOCUMENT);
 *   await responder.respond({ method: 'GET', path: '/devices/1', query, headers, body: undefined, prefer: { code: 404 } });
 *   // { kind: 'answer', response: { status: 404, body: { message: 'No query results for model ...' }, headers: { 'Content-Type': 'application/json' } } }
 */
export function createExampleResponder(document: OpenApiDocument): SpecResponder {
  const router = createPathRouter(listOperations(document).map((listed) => ({ method: listed.method.toUpperCase(), template: listed.pathTemplate, value: listed.operation })));
  const cannot = (reason: string): SpecAnswer => ({ kind: 'cannotHonour', reason });
  // Prism's words for a status or an example the document does not declare (its NOT_FOUND problem's
  // title), so that `x-mock-prefer-ignored` reads the same in Node and in a browser.
  const notDeclared = (): SpecAnswer => cannot(PRISM_NOT_FOUND);

  return {
    async respond(request: SpecRequest): Promise<SpecAnswer> {
      if (request.prefer.dynamic === true) return cannot(DYNAMIC_NOT_HONOURED);
      const operation = (router.find(request.method, request.path) ?? (request.method === 'HEAD' ? router.find('GET', request.path) : null))?.value;
      if (!operation) return cannot(`no operation ${request.method} ${request.path} in the document`);
      const code = request.prefer.code;
      const chosen = code === undefined ? unspecifiedResponse(operation) : declaredResponse(operation, code);
      if (!chosen) return notDeclared();
      const response = resolveRef<ResponseObject>(document, chosen.response);
      if (request.method === 'HEAD') return { kind: 'answer', response: { status: chosen.status, headers: {} } };
      const mediaTypes = Object.keys(response.content ?? {});
      const mediaType = mediaTypes.find((type) => /^application\/(.+\+)?json\b/.test(type)) ?? mediaTypes[0];
      if (mediaType === undefined) return { kind: 'answer', response: { status: chosen.status, headers: {} } };
      const media = response.content![mediaType]!;
      const examples = Object.entries(media.examples ?? {});
      const wanted = request.prefer.example;
      let value: unknown;
      if (wanted !== undefined) {
        const found = examples.find(([name]) => name === wanted);
        if (!found) return notDeclared();
        value = resolveRef<ExampleObject>(document, found[1]).value;
      } else if (examples.length > 0) {
        value = resolveRef<ExampleObject>(document, examples[0]![1]).value;
      } else if (media.example !== undefined) {
        value = media.example;
      } else {
        return cannot(`the ${chosen.status} response has no example; schema-generated answers need Prism (Node only)`);
      }
      return { kind: 'answer', response: { status: chosen.status, body: value, headers: { 'Content-Type': mediaType } } };
    },
  };
}

type DeclaredResponses = OperationObject['responses'];

/** Prism's choice for a forced status: the exact code, its range, then `default` (answered with the code asked for). */
function declaredResponse(operation: OperationObject, code: number): { status: number; response: DeclaredResponses[string] } | undefined {
  const responses = operation.responses;
  const key = [String(code), `${String(code)[0]}XX`, 'default'].find((k) => responses[k] !== undefined);
  return key === undefined ? undefined : { status: code, response: responses[key]! };
}

/** Prism's choice without a status: the lowest 2xx (ranges as x00), else `default` (as 200), else the first declared. */
function unspecifiedResponse(operation: OperationObject): { status: number; response: DeclaredResponses[string] } | undefined {
  const keys = Object.keys(operation.responses);
  const success = keys.filter((k) => /^2(\d\d|XX)$/.test(k)).sort()[0];
  const key = success ?? (keys.includes('default') ? 'default' : keys[0]);
  if (key === undefined) return undefined;
  const status = key === 'default' ? 200 : Number(key.replace(/XX$/, '00'));
  return { status, response: operation.responses[key]! };
}
