import type { HttpHandler } from 'msw';
import { describe, expectTypeOf, it } from 'vitest';
import type { AgoraState } from '../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import type { AnyClassroomState } from '../../src/anyclassroom/mock/createAnyClassroomMock.ts';
import { createAgoraClassroomHandlers, createAnyClassroomHandlers, type ClockReading } from '../../src/msw/index.ts';

describe('the public types of the in-browser mock', () => {
  it('gives MSW handlers, each API its own state, and promise-returning controls', () => {
    const anyClassroom = createAnyClassroomHandlers({ token: 't', baseUrl: 'https://staging.example/api/v1' });
    expectTypeOf(anyClassroom.handlers).toEqualTypeOf<HttpHandler[]>();
    expectTypeOf(anyClassroom.state()).toEqualTypeOf<AnyClassroomState>();
    expectTypeOf(createAgoraClassroomHandlers().state()).toEqualTypeOf<AgoraState>();
    expectTypeOf(anyClassroom.reset()).toEqualTypeOf<Promise<void>>();
    expectTypeOf(anyClassroom.clock.set).parameter(0).toEqualTypeOf<Date | number>();
    expectTypeOf(anyClassroom.clock.advance(1)).toEqualTypeOf<Promise<ClockReading>>();
    expectTypeOf(anyClassroom.clock.read()).toEqualTypeOf<ClockReading>();
  });

  it('takes only the credentials of its own API', () => {
    // @ts-expect-error an App ID belongs to Agora
    createAnyClassroomHandlers({ appId: 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48' });
    // @ts-expect-error Agora's mock signs no links
    createAgoraClassroomHandlers({ appKey: 'base64:x' });
  });
});
