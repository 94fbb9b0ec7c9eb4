import { describe, expectTypeOf, it } from 'vitest';
import { AGORA_DEFAULTS, createAgoraClassroomMock, type AgoraState } from '../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import type { ApiMock } from '../../src/core/mock/types.ts';
import type { PureState } from '../../src/core/mock/wrapPureApi.ts';

describe('createAgoraClassroomMock public types', () => {
  it('takes a token and an App ID and returns an ApiMock over AgoraState', () => {
    expectTypeOf(createAgoraClassroomMock).parameter(0).toEqualTypeOf<{ token: string; appId: string }>();
    expectTypeOf(createAgoraClassroomMock).returns.toEqualTypeOf<ApiMock<PureState<AgoraState>>>();
  });

  it('exports default credentials usable as the config', () => {
    expectTypeOf(AGORA_DEFAULTS).toExtend<{ token: string; appId: string }>();
  });

  it('keeps the state plain data: Apps with rooms and a polling queue', () => {
    expectTypeOf<AgoraState['apps'][number]['pending'][number]>().toEqualTypeOf<{ readonly roomUuid: string; readonly sequence: number }>();
  });
});
