import type { ApiDescriptor, DocumentDescriptor } from './ApiDescriptor.ts';

/** The project's APIs and documents, looked up by name. */
export interface ApiRegistry {
  /** The APIs the mock serves, in the order tools list them. */
  readonly apis: readonly ApiDescriptor[];
  /** Every document: the APIs' first, then the others (the mock's control API). */
  readonly documents: readonly DocumentDescriptor[];
  /** The API of this name; throws for an unknown one (a bug: names come from the registry). */
  api(name: string): ApiDescriptor;
  /** The API of this name, or `undefined` (for names typed by a user). */
  findApi(name: string): ApiDescriptor | undefined;
}

/**
 * Builds the registry from the API descriptors and the documents that are not APIs. Reads no file:
 * descriptors load their document, mock, client and fuzz target only when asked.
 *
 * @example
 *   const registry = createApiRegistry([ANYCLASSROOM_API, AGORA_CLASSROOM_API], [MOCK_CONTROL_DOCUMENT]);
 *   registry.apis.map((a) => a.name); // ['anyclassroom', 'agora-classroom']
 */
export function createApiRegistry(apis: readonly ApiDescriptor[], otherDocuments: readonly DocumentDescriptor[]): ApiRegistry {
  const documents = [...apis, ...otherDocuments];
  const byName = new Map<string, ApiDescriptor>();
  const seen = new Set<string>();
  for (const doc of documents) {
    if (seen.has(doc.name)) throw new Error(`createApiRegistry: the name "${doc.name}" is used twice`);
    seen.add(doc.name);
  }
  for (const api of apis) byName.set(api.name, api);
  return {
    apis,
    documents,
    api(name) {
      const api = byName.get(name);
      if (!api) throw new Error(`no API "${name}" in the registry (known: ${[...byName.keys()].join(', ')})`);
      return api;
    },
    findApi: (name) => byName.get(name),
  };
}
