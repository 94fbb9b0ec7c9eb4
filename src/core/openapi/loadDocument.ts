import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot.ts';
import type { OpenApiDocument } from './types.ts';

/** Names of the bundled documents that `npm run generate` writes to `generated/`. */
export type ApiName = 'anyclassroom' | 'agora-classroom' | 'mock-control';

/**
 * Reads the bundled (single-file, internal `$ref`s only) OpenAPI document of one API, as written by
 * `npm run generate`. Synchronous because it runs once at start-up.
 *
 * @example
 *   const doc = loadDocument('anyclassroom');
 *   doc.servers?.[0]?.url; // 'https://app.anyclassroom.com/api/v1'
 */
export function loadDocument(name: ApiName): OpenApiDocument {
  return JSON.parse(readFileSync(bundledDocumentPath(name), 'utf8')) as OpenApiDocument;
}

/** Absolute path of an API's bundled document (what Prism and the contract kit load). */
export function bundledDocumentPath(name: ApiName): string {
  return join(projectRoot(), 'generated', `${name}.openapi.json`);
}
