import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../projectRoot.ts';
import type { OpenApiDocument } from './types.ts';

/**
 * Reads a bundled (single-file, internal `$ref`s only) OpenAPI document, as written by
 * `npm run generate` to `generated/<name>.openapi.json`. Synchronous because it runs once at
 * start-up. Node only (it reads a file): the runtime-neutral engine receives documents, it never
 * loads them.
 *
 * @example
 *   const doc = loadDocument('mock-control'); // generated/mock-control.openapi.json
 *   doc.info.title;
 */
export function loadDocument(name: string): OpenApiDocument {
  return JSON.parse(readFileSync(bundledDocumentPath(name), 'utf8')) as OpenApiDocument;
}

/**
 * Absolute path of a bundled document (what Prism and the contract kit's proxy load).
 *
 * @example
 *   bundledDocumentPath('mock-control'); // '/…/generated/mock-control.openapi.json'
 */
export function bundledDocumentPath(name: string): string {
  return join(projectRoot(), 'generated', `${name}.openapi.json`);
}
