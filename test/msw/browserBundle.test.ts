import { describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../support/bundleForBrowser.ts';

describe('the in-browser mock is browser-safe (esbuild, platform browser)', () => {
  it('bundles src/msw/index.ts with msw for the browser: no Node built-in is reachable', async () => {
    const { inputs } = await bundleForBrowser('src/msw/index.ts');
    expect(inputs.filter((file) => file.startsWith('node:') || /find-my-way|prism|node_modules\/(fs|path|crypto)\//.test(file))).toEqual([]);
    // Not vacuous: the whole engine, both API mocks, the documents and the seeds are in the bundle.
    expect(inputs).toEqual(
      expect.arrayContaining([
        'src/core/mock/createMockHandler.ts',
        'src/core/mock/pipeline/handleApiRequest.ts',
        'src/core/http/createPathRouter.ts',
        'src/anyclassroom/mock/createAnyClassroomMock.ts',
        'src/agora-classroom/mock/createAgoraClassroomMock.ts',
        'generated/anyclassroom.openapi.json',
        'generated/agora-classroom.openapi.json',
        'generated/mock-control.openapi.json',
        'mocks/anyclassroom.seed.json',
        'mocks/agora-classroom.seed.json',
      ]),
    );
  });

  it('fails for an entry that reaches a Node built-in (the check can fail)', async () => {
    await expect(bundleForBrowser('src/core/openapi/loadDocument.ts')).rejects.toThrow(/node:fs/);
  });
});
