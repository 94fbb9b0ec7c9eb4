import { describe, expectTypeOf, it } from 'vitest';
import { AGORA_DEFAULTS, createAgoraClassroomMock, type AgoraState, type TokenCheck } from '../../src/agora-classroom/mock/createAgoraClassroomMock.ts';
import type { AppRow, EventData, EventRow, PendingRow, RecordingRow, RoomRow, UserRow } from '../../src/agora-classroom/mock/state.ts';
import type { ApiMock } from '../../src/core/mock/types.ts';
import type { Table } from '../../src/core/store/Store.ts';

describe('createAgoraClassroomMock public types', () => {
  it('takes a token, an App ID and an optional token check, and returns an ApiMock over AgoraState', () => {
    expectTypeOf(createAgoraClassroomMock).parameter(0).toEqualTypeOf<{ token: string; appId: string; tokens?: TokenCheck | undefined }>();
    expectTypeOf(createAgoraClassroomMock).returns.toEqualTypeOf<ApiMock<AgoraState>>();
  });

  it('exports default credentials usable as the config', () => {
    expectTypeOf(AGORA_DEFAULTS).toExtend<{ token: string; appId: string }>();
  });

  it('keeps the state in six tables of hand-written rows', () => {
    expectTypeOf<AgoraState['apps']>().toEqualTypeOf<Table<AppRow>>();
    expectTypeOf<AgoraState['rooms']>().toEqualTypeOf<Table<RoomRow>>();
    expectTypeOf<AgoraState['users']>().toEqualTypeOf<Table<UserRow>>();
    expectTypeOf<AgoraState['records']>().toEqualTypeOf<Table<RecordingRow>>();
    expectTypeOf<AgoraState['events']>().toEqualTypeOf<Table<EventRow>>();
    expectTypeOf<AgoraState['pending']>().toEqualTypeOf<Table<PendingRow>>();
    expectTypeOf<PendingRow>().toEqualTypeOf<{
      readonly appId: string;
      readonly roomUuid: string;
      readonly sequence: number;
      readonly serial: number;
      readonly retained?: { readonly cmd: number; readonly version: number; readonly data: EventData; readonly dropAt: number };
    }>();
  });
});
