import type { components } from '../../../generated/agora-classroom.ts';
import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { MockRequest, MockResponse } from '../../core/mock/types.ts';
import { AGORA_FACTS } from '../facts.ts';
import { applyDueMoments } from './applyDueMoments.ts';
import { createClassroom, type NewClassroom } from './createClassroom.ts';
import { deleteClassroomProperties } from './deleteClassroomProperties.ts';
import { deleteUserProperties } from './deleteUserProperties.ts';
import type { DomainError } from './domainError.ts';
import { getClassroom } from './getClassroom.ts';
import { getUser } from './getUser.ts';
import { kickUser, type KickUserInput } from './kickUser.ts';
import { listClassroomEvents } from './listClassroomEvents.ts';
import { listRecordings } from './listRecordings.ts';
import type { Batch } from './paging.ts';
import { pollEvents } from './pollEvents.ts';
import { renderDomainError } from './renderError.ts';
import { setBreakoutRooms, type SetBreakoutRoomsInput } from './setBreakoutRooms.ts';
import { setClassroomState } from './setClassroomState.ts';
import { setRecordingState } from './setRecordingState.ts';
import type { AgoraState, ClassState, JsonObject, RoomType } from './state.ts';
import { toClassroom } from './toClassroom.ts';
import { toEvent } from './toEvent.ts';
import { toRecording } from './toRecording.ts';
import { toUser } from './toUser.ts';
import { updateClassroomProperties } from './updateClassroomProperties.ts';
import { updateUserProperties } from './updateUserProperties.ts';
import { setRecordingReady } from './setRecordingReady.ts';
import { updateRecordingConfig } from './updateRecordingConfig.ts';
import type { RecordingRequest } from './webRecording.ts';
import { deleteWidget } from './deleteWidget.ts';
import { deleteWidgetProperties } from './deleteWidgetProperties.ts';
import { deleteWidgetUserProperties } from './deleteWidgetUserProperties.ts';
import { listWidgetEvents } from './listWidgetEvents.ts';
import { setWidgetProperties } from './setWidgetProperties.ts';
import { setWidgetUserProperties } from './setWidgetUserProperties.ts';

type Schemas = components['schemas'];

/**
 * The Agora mock's operations: applies what the mock clock has made due (a class's automatic start,
 * end, close and destruction, AG-45), runs the operation's domain function, applies what that made
 * due at once (a `startTime` already passed, a `closeDelay` of 0), and turns the outcome into an
 * answer (the success envelope with the rows rendered in the document's shapes, or the error
 * envelope). Path, query and body values arrive validated and coerced by the shared layer, so a
 * malformed value never reaches a lookup. Writes go to `state`'s tables; the shared layer runs this
 * inside a transaction.
 *
 * @example
 *   const response = handleRequest(state, request, env); // { status: 200, body: { code: 0, msg: 'Success', ts, data } }
 */
export function handleRequest(state: AgoraState, request: MockRequest, env: DomainEnv): MockResponse {
  applyDueMoments(state, env.nowMs);
  const response = answer(state, request, env);
  applyDueMoments(state, env.nowMs);
  return response;
}

function answer(state: AgoraState, request: MockRequest, env: DomainEnv): MockResponse {
  const appId = String(request.path.appId).toLowerCase();
  const roomUuid = String(request.path.roomUuid ?? '');
  const userUuid = String(request.path.userUuid ?? '');
  const fail = (error: DomainError): MockResponse => renderDomainError(error, env);

  switch (request.operationId) {
    case 'createClassroom': {
      const outcome = createClassroom(state, { appId, roomUuid, classroom: toNewClassroom(request.body as Schemas['CreateClassroomRequest']) }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'getClassroom': {
      const outcome = getClassroom(state, { appId, roomUuid });
      return outcome.kind === 'Ok' ? success(env, toClassroom(outcome.room)) : fail(outcome);
    }
    case 'setClassroomState': {
      const outcome = setClassroomState(state, { appId, roomUuid, state: request.path.state as ClassState }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'updateClassroomProperties': {
      const body = request.body as Schemas['UpdateClassroomPropertiesRequest'];
      const outcome = updateClassroomProperties(state, { appId, roomUuid, properties: body.properties, examinationUrl: body.roomProperties?.examinationUrl });
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'deleteClassroomProperties': {
      const outcome = deleteClassroomProperties(state, { appId, roomUuid, properties: (request.body as Schemas['DeletePropertiesRequest']).properties });
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'setBreakoutRooms': {
      const groups = (request.body as Partial<Schemas['BreakoutRoomsRequest']>).groups as SetBreakoutRoomsInput['groups'];
      const outcome = setBreakoutRooms(state, { appId, roomUuid, state: request.path.state as 0 | 1, groups }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'getUser': {
      const outcome = getUser(state, { appId, roomUuid, userUuid });
      return outcome.kind === 'Ok' ? success(env, toUser(outcome.user)) : fail(outcome);
    }
    case 'updateUserProperties': {
      const outcome = updateUserProperties(state, { appId, roomUuid, userUuid, properties: (request.body as Schemas['UpdatePropertiesRequest']).properties }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'deleteUserProperties': {
      const outcome = deleteUserProperties(state, { appId, roomUuid, userUuid, properties: (request.body as Schemas['DeletePropertiesRequest']).properties }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'kickUser': {
      const dirty = (request.body as Schemas['KickUserRequest']).dirty as KickUserInput['dirty'];
      const outcome = kickUser(state, { appId, roomUuid, userUuid, dirty }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'setRecordingState': {
      const outcome = setRecordingState(state, { appId, roomUuid, state: request.path.state as 0 | 1, body: request.body as RecordingRequest | undefined }, env);
      return outcome.kind === 'Ok' ? success(env, outcome.data) : fail(outcome);
    }
    case 'listRecordings': {
      const outcome = listRecordings(state, { appId, roomUuid, nextId: queryString(request, 'nextId') });
      return outcome.kind === 'Ok' ? success(env, toPage(outcome.batch, (row) => toRecording(row, env.nowMs))) : fail(outcome);
    }
    case 'listClassroomEvents': {
      const cmd = request.query.cmd as number | undefined;
      const outcome = listClassroomEvents(state, { appId, roomUuid, nextId: queryString(request, 'nextId'), cmd });
      return outcome.kind === 'Ok' ? success(env, toPage(outcome.batch, toEvent)) : fail(outcome);
    }
    case 'pollEvents': {
      const outcome = pollEvents(state, { appId });
      return outcome.kind === 'Ok' ? success(env, outcome.events.map(toEvent)) : fail(outcome);
    }
    case 'updateRecordingConfig': {
      const outcome = updateRecordingConfig(state, { appId, roomUuid, body: request.body as Schemas['UpdateRecordingRequest'] }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'setRecordingReady': {
      const outcome = setRecordingReady(state, { appId, roomUuid }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'setWidgetProperties': {
      const { extra, properties, state: widgetState, ownerUserUuid } = request.body as Schemas['SetWidgetRequest'];
      const outcome = setWidgetProperties(state, { appId, roomUuid, widgetUuid: widgetOf(request), extra, properties, state: widgetState, ownerUserUuid });
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'deleteWidget': {
      const outcome = deleteWidget(state, { appId, roomUuid, widgetUuid: widgetOf(request) });
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'deleteWidgetProperties': {
      const outcome = deleteWidgetProperties(state, { appId, roomUuid, widgetUuid: widgetOf(request), properties: (request.body as Schemas['DeletePropertiesRequest']).properties });
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'setWidgetUserProperties': {
      const properties = (request.body as Schemas['UpdatePropertiesRequest']).properties as JsonObject;
      const outcome = setWidgetUserProperties(state, { appId, roomUuid, userUuid: String(request.path.userUuid), widgetUuid: widgetOf(request), properties }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'deleteWidgetUserProperties': {
      const { properties } = request.body as Schemas['DeletePropertiesRequest'];
      const outcome = deleteWidgetUserProperties(state, { appId, roomUuid, userUuid: String(request.path.userUuid), widgetUuid: widgetOf(request), properties }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'listWidgetEvents':
    case 'listPopupQuizData':
    case 'listPollData': {
      // The quiz and poll data are the events of the `popupQuiz` and `poll` widgets, `count` at a time (AG-59).
      const widgetUuid = request.operationId === 'listPopupQuizData' ? 'popupQuiz' : request.operationId === 'listPollData' ? 'poll' : widgetOf(request);
      const count = request.query.count as number | undefined;
      const outcome = listWidgetEvents(state, { appId, roomUuid, widgetUuid, nextId: queryString(request, 'nextId'), count });
      return outcome.kind === 'Ok' ? success(env, toPage(outcome.batch, toEvent)) : fail(outcome);
    }
    default:
      // Routing only reaches operations of the document; a new one without a handler is a bug.
      throw new Error(`agora-classroom mock: operation ${request.operationId} has no handler`);
  }
}

/** The create body as the domain takes it: `roomType` as the integer (AG-35), the room properties unpacked. */
function toNewClassroom(body: Schemas['CreateClassroomRequest']): NewClassroom {
  const { schedule, processes, flexProps, widgets, examinationUrl, hostingScene } = body.roomProperties ?? {};
  const given = { schedule, roleConfig: body.roleConfig, processes, flexProps, widgets, examinationUrl, hostingScene };
  const present = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
  return { roomName: body.roomName, roomType: Number(body.roomType) as RoomType, ...(present as Omit<NewClassroom, 'roomName' | 'roomType'> & { flexProps?: JsonObject }) };
}

/** The success envelope (`msg` "Success", `ts` the mock clock, `data` when the operation has one). */
function success(env: DomainEnv, data?: unknown): MockResponse {
  const code = AGORA_FACTS.codes.success;
  return { status: 200, body: data === undefined ? { code, msg: 'Success', ts: env.nowMs } : { code, msg: 'Success', ts: env.nowMs, data } };
}

/** A batch in the document's page shape (`RecordPage`, `EventPage`): `count` is the batch's length. */
function toPage<T, V>(batch: Batch<T>, view: (row: T) => V) {
  return { total: batch.total, count: batch.list.length, list: batch.list.map(view), nextId: batch.nextId };
}

/** The `widgetUuid` path parameter. */
function widgetOf(request: MockRequest): string {
  return String(request.path.widgetUuid);
}

function queryString(request: MockRequest, name: string): string | undefined {
  const value = request.query[name];
  return value === undefined ? undefined : String(value);
}
