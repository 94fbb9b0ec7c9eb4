/**
 * Library entry of `@classroom-toolkit/mock`: start the stateful mocks of both APIs from a test
 * set-up or a script, as `classroom-mock` (the package's command, `npm start` here) does.
 *
 * @example
 *   import { startMocks } from '@classroom-toolkit/mock';
 *   const mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0 });
 *   console.log(mocks.anyClassroomUrl); // http://127.0.0.1:<port>/api/v1
 *   await mocks.close();
 */
export { defaultSeed, startMocks, type RunningApi, type RunningMocks, type StartOptions } from '../../../src/mock/startMocks.ts';
