import { describe, expect, it } from 'vitest';
import { collectExamples } from '../../src/core/openapi/collectExamples.ts';
import { createSchemaValidator } from '../../src/core/openapi/createSchemaValidator.ts';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';
import { resolveRef } from '../../src/core/openapi/resolveRef.ts';
import { listOperations } from '../../src/core/openapi/listOperations.ts';
import type { ResponseObject } from '../../src/core/openapi/types.ts';

const APIS = ['anyclassroom', 'agora-classroom'];

describe.each(APIS)('%s document', (api) => {
  const doc = loadDocument(api);
  const schemas = createSchemaValidator(doc, api);
  const operations = listOperations(doc).map(({ pathTemplate: path, method, operation: op }) => ({ path, method, op }));

  it('gives every operation an operationId, tags, a summary, a description and security', () => {
    for (const { path, method, op } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect(op.operationId, where).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.tags?.length, where).toBeGreaterThan(0);
      expect(op.summary, where).toBeTruthy();
      expect((op as { description?: string }).description, where).toBeTruthy();
      expect(op.security ?? doc.security, where).toBeTruthy();
    }
  });

  it('gives every JSON response at least one example', () => {
    for (const { path, method, op } of operations) {
      for (const [status, raw] of Object.entries(op.responses)) {
        const response = resolveRef<ResponseObject>(doc, raw);
        for (const [type, media] of Object.entries(response.content ?? {})) {
          expect(Object.keys(media.examples ?? {}).length, `${method} ${path} ${status} ${type}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it.each(collectExamples(doc).map((e) => [`${e.operationId} ${e.where} ${e.name}`, e] as const))(
    'example %s validates against its schema',
    (_label, e) => {
      expect(schemas.violations(schemas.at(e.schemaAt), e.example.value)).toEqual([]);
    },
  );
});
