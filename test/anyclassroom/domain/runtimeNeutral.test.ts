import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = new URL('../../../src/anyclassroom/mock/', import.meta.url).pathname;
const sources = readdirSync(folder).filter((f) => f.endsWith('.ts'));

describe('the AnyClassroom domain (src/anyclassroom/mock)', () => {
  // A later issue runs the same domain in a browser (MSW): Node modules stay in the adapters.
  it.each(sources)('%s imports no node: module and uses no Buffer', (file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    expect(text).not.toMatch(/from ['"]node:|require\(['"]node:|\bBuffer\./);
  });

  it.each(sources.filter((f) => f !== 'createAnyClassroomMock.ts'))('%s reads no document and no file (only the factory does)', (file) => {
    expect(readFileSync(join(folder, file), 'utf8')).not.toMatch(/from ['"][^'"]*\/(loadDocument|projectRoot)\.ts['"]/);
  });
});
