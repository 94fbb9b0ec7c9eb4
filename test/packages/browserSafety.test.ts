import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../support/bundleForBrowser.ts';

const CLIENT_ENTRIES = ['src/anyclassroom/client/index.ts', 'src/agora-classroom/client/index.ts'];

describe('the typed clients are browser-safe', () => {
  it.each(CLIENT_ENTRIES)('%s bundles for the browser platform with every dependency inlined', async (entry) => {
    const { errors, inputs } = await bundleForBrowser(entry);
    expect(errors).toEqual([]);
    expect(inputs.some((file) => file.includes('node_modules/openapi-fetch/'))).toBe(true);
    expect(inputs.filter((file) => /node_modules\/(ajv|find-my-way|@stoplight|yaml)\//.test(file))).toEqual([]);
  });

  it.each(['src/anyclassroom/client/validation.ts', 'src/agora-classroom/client/validation.ts'])(
    '%s (response validation) bundles for the browser platform too, with ajv and without find-my-way',
    async (entry) => {
      const { errors, inputs } = await bundleForBrowser(entry);
      expect(errors).toEqual([]);
      expect(inputs.some((file) => file.includes('node_modules/ajv/'))).toBe(true);
      expect(inputs.filter((file) => /node_modules\/(find-my-way|@stoplight|yaml)\//.test(file))).toEqual([]);
    },
  );

  it('the check is not vacuous: an entry that reaches node:fs is refused', async () => {
    await expect(bundleForBrowser('src/core/openapi/loadDocument.ts')).rejects.toThrow(/node:fs/);
  });

  it.each([
    ['src/anyclassroom/client/index.ts', 'createAnyClassroomClient'],
    ['src/agora-classroom/client/index.ts', 'createAgoraClassroomClient'],
  ])('%s exports %s', async (entry, name) => {
    const module = (await import(`../../${entry}`)) as Record<string, unknown>;
    expect(typeof module[name]).toBe('function');
  });
});
