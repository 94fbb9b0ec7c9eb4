import type { FuzzTarget } from '../core/fuzz/types.ts';
import { defaultSeed, type RunningMocks } from '../mock/startMocks.ts';
import { agoraFuzzTarget } from './agoraFuzzTarget.ts';
import { anyClassroomFuzzTarget } from './anyClassroomFuzzTarget.ts';

/**
 * Both running mocks (started with the default seeds) as fuzz targets.
 *
 * @example
 *   const mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0 });
 *   const [anyClassroom, agora] = fuzzTargets(mocks);
 */
export function fuzzTargets(mocks: RunningMocks, options: { maxHeaderBytes?: number } = {}): [anyClassroom: FuzzTarget, agora: FuzzTarget] {
  const { credentials } = mocks;
  return [
    anyClassroomFuzzTarget({ origin: new URL(mocks.anyClassroomUrl).origin, token: credentials.anyClassroomToken, seed: defaultSeed('anyclassroom'), ...options }),
    agoraFuzzTarget({ origin: mocks.agoraUrl, token: credentials.agoraToken, appId: credentials.agoraAppId, seed: defaultSeed('agora-classroom'), ...options }),
  ];
}
