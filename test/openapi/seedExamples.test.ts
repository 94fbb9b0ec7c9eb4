import { describe, expect, it } from 'vitest';
import { collectExamples } from '../../src/core/openapi/collectExamples.ts';
import { createSchemaValidator } from '../../src/core/openapi/createSchemaValidator.ts';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';

/**
 * Every JSON example printed in the seed documents, by the operation and status (or `request`) it
 * belongs to. The documents mark those examples with `x-seed`; this table is written from the seeds,
 * so an example that goes missing or moves fails here.
 */
const SEED_EXAMPLES: Record<'anyclassroom' | 'agora-classroom', string[]> = {
  anyclassroom: [
    'listDevices 200',
    'getDevice 200',
    'listDeviceTemporalAccesses 200',
    'createTemporalAccess request',
    'createTemporalAccess 201',
    'invalidateTemporalAccess 422',
    'listClassrooms 200',
    'listClassroomDevices 200',
  ],
  'agora-classroom': ['setClassroomState 200', 'setRecordingState 200', 'listRecordings 200', 'pollEvents 200'],
};

describe.each(Object.entries(SEED_EXAMPLES))('%s seed examples', (api, expected) => {
  const doc = loadDocument(api);
  const schemas = createSchemaValidator(doc, api);
  const seeds = collectExamples(doc).filter((e) => e.example['x-seed'] !== undefined);

  it('includes every example printed in the seed document, each attached where the seed prints it', () => {
    expect([...new Set(seeds.map((e) => `${e.operationId} ${e.where}`))].sort()).toEqual([...expected].sort());
  });

  it.each(seeds.map((e) => [`${e.operationId} ${e.where} ${e.name}`, e] as const))(
    'validates %s against the schema of the media type it belongs to',
    (_label, e) => {
      expect(schemas.violations(schemas.at(e.schemaAt), e.example.value)).toEqual([]);
    },
  );
});
