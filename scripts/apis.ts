/**
 * The API documents this project builds from, in one list so that every script (generate, docs,
 * mock, contract) agrees on names and paths.
 *
 * @example
 *   for (const api of API_DOCUMENTS) console.log(api.name, api.root);
 */
export interface ApiDocument {
  /** Key in redocly.yaml `apis:` and the stem of every generated file. */
  readonly name: string;
  /** Multi-file source document, relative to the repository root. */
  readonly root: string;
  /** Human title used by the docs index. */
  readonly title: string;
  /** Whether `npm run docs` publishes reference docs for it. */
  readonly publishDocs: boolean;
}

export const API_DOCUMENTS: readonly ApiDocument[] = [
  { name: 'anyclassroom', root: 'openapi/anyclassroom/openapi.yaml', title: 'AnyClassroom API v1.2', publishDocs: true },
  {
    name: 'agora-classroom',
    root: 'openapi/agora-classroom/openapi.yaml',
    title: 'Agora Flexible Classroom v2 REST API',
    publishDocs: true,
  },
  {
    name: 'mock-control',
    root: 'openapi/mock-control/openapi.yaml',
    title: 'Mock control API (reset, clock)',
    publishDocs: true,
  },
];
