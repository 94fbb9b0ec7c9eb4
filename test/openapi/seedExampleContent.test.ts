import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectExamples } from '../../src/core/openapi/collectExamples.ts';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';

const seedsDir = resolve(import.meta.dirname, '../../../shared/seeds');

/**
 * The seed text with its JSON syntax mended and nothing else: whitespace dropped (the PDF export
 * breaks URLs across lines), `//` comments, `\/` escapes, trailing commas, the `{...},` placeholder of
 * the record list, and the detail's `classroom` written as an array of key/value pairs.
 */
function mended(text: string): string {
  return text
    .replace(/\/\/ [^\n]*/g, '')
    .replace(/\s+/g, '')
    .replace(/\\\//g, '/')
    .replace(/\{\.\.\.\},/g, '')
    .replace(/,([}\]])/g, '$1')
    .replace(/"classroom":\[("id":[^\]]*)\]/g, '"classroom":{$1}');
}

const SEEDS = {
  anyclassroom: 'anyclassroom-api-v1.2.txt',
  'agora-classroom': 'agora-flexible-classroom-restful-api.md',
} as const;

describe.each(Object.entries(SEEDS))('%s seed examples, compared with the seed text', (api, file) => {
  const seed = mended(readFileSync(resolve(seedsDir, file), 'utf8'));
  const examples = collectExamples(loadDocument(api as keyof typeof SEEDS)).filter((e) => e.example['x-seed'] !== undefined);

  it.each(examples.map((e) => [`${e.operationId} ${e.where} ${e.name}`, e] as const))(
    '%s is the seed JSON with its syntax mended and nothing else',
    (_label, e) => {
      const json = JSON.stringify(e.example.value).replace(/\s+/g, '');
      // The record list's example in the seed lacks its last closing brace.
      const found = seed.includes(json) || (json.endsWith('}}') && seed.includes(json.slice(0, -1)));
      expect(found, `${json.slice(0, 120)}... not found in ${file}`).toBe(true);
    },
  );
});
