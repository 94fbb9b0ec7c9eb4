/**
 * The in-browser mock: both APIs' stateful mocks as MSW request handlers, for a frontend's unit
 * tests (`setupServer` from `msw/node`), Storybook stories and Playwright runs (`setupWorker` from
 * `msw/browser`), with no server next to them. Browser-safe: nothing here reaches a Node module
 * (`test/msw/browserBundle.test.ts` bundles it for the browser platform).
 *
 * @example
 *   import { setupWorker } from 'msw/browser';
 *   import { createAgoraClassroomHandlers, createAnyClassroomHandlers } from 'classroom-api-toolkit/msw';
 *   const anyClassroom = createAnyClassroomHandlers();
 *   const agora = createAgoraClassroomHandlers();
 *   await setupWorker(...anyClassroom.handlers, ...agora.handlers).start();
 */
export { createAnyClassroomHandlers, type AnyClassroomHandlersOptions } from './createAnyClassroomHandlers.ts';
export { createAgoraClassroomHandlers, type AgoraClassroomHandlersOptions } from './createAgoraClassroomHandlers.ts';
export type { MswMock, MswMockClock, MswMockOptions } from '../core/mock/msw/createMswMock.ts';
export type { ClockReading } from '../core/clock.ts';
export { SeedError } from '../core/seed/SeedError.ts';
export { DYNAMIC_NOT_HONOURED } from '../core/mock/createExampleResponder.ts';
