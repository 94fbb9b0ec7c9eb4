import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import spectralCore from '@stoplight/spectral-core';
import * as parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { describe, expect, it } from 'vitest';
import { API_REGISTRY } from '../../src/apiRegistry.ts';
import { bundledDocumentPath } from '../../src/core/openapi/loadDocument.ts';

const { Spectral, Document } = spectralCore;
const SOURCES: Record<string, string> = Object.fromEntries(API_REGISTRY.apis.map((api) => [api.name, api.root]));

// Validators other than Redocly (which `npm run lint` runs) must agree that the documents are valid.
describe.each(Object.entries(SOURCES))('%s, checked by independent validators', (api, source) => {
  it('passes swagger-parser validation, from the multi-file source and from the bundle', async () => {
    await expect(SwaggerParser.validate(source)).resolves.toBeTruthy();
    await expect(SwaggerParser.validate(bundledDocumentPath(api))).resolves.toBeTruthy();
  });

  it("has no error and no warning under Spectral's OpenAPI ruleset", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'recommended']] } as never);
    const path = bundledDocumentPath(api);
    const results = await spectral.run(new Document(readFileSync(path, 'utf8'), parsers.Json, path));
    const problems = results
      .filter((r) => r.severity <= 1)
      .map((r) => `${r.severity === 0 ? 'error' : 'warning'} ${String(r.code)} at ${r.path.join('.')}: ${r.message}`);
    expect(problems).toEqual([]);
  });
});
