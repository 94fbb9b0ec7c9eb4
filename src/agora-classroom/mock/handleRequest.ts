import type { components } from '../../../generated/agora-classroom.ts';
import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { MockRequest, MockResponse } from '../../core/mock/types.ts';
import { AGORA_FACTS } from '../facts.ts';
import { createClassroom } from './createClassroom.ts';
import type { DomainError } from './domainError.ts';
import { expireEvents } from './expireEvents.ts';
import { getClassroom } from './getClassroom.ts';
import { listClassroomEvents } from './listClassroomEvents.ts';
import { listRecordings } from './listRecordings.ts';
import type { Batch } from './paging.ts';
import { pollEvents } from './pollEvents.ts';
import { renderDomainError } from './renderError.ts';
import { setClassroomState } from './setClassroomState.ts';
import { setRecordingState } from './setRecordingState.ts';
import type { AgoraState, ClassState } from './state.ts';
import { toClassroom } from './toClassroom.ts';
import { toEvent } from './toEvent.ts';
import { toRecording } from './toRecording.ts';
import { runRecordingTimers } from './recordingTimers.ts';
import { setRecordingReady } from './setRecordingReady.ts';
import { updateRecordingConfig } from './updateRecordingConfig.ts';
import type { RecordingRequest } from './webRecording.ts';
import { deleteWidget } from './deleteWidget.ts';
import { deleteWidgetProperties } from './deleteWidgetProperties.ts';
import { deleteWidgetUserProperties } from './deleteWidgetUserProperties.ts';
import { listWidgetEvents } from './listWidgetEvents.ts';
import { setWidgetProperties } from './setWidgetProperties.ts';
import { setWidgetUserProperties } from './setWidgetUserProperties.ts';
import type { JsonObject } from './state.ts';

type CreateClassroomRequest = components['schemas']['CreateClassroomRequest'];
type UpdateRecordingRequest = components['schemas']['UpdateRecordingRequest'];
type SetWidgetRequest = components['schemas']['SetWidgetRequest'];
type UpdatePropertiesRequest = components['schemas']['UpdatePropertiesRequest'];
type DeletePropertiesRequest = components['schemas']['DeletePropertiesRequest'];

/**
 * The Agora mock's operations: drops the request's App's events that have expired at the mock
 * clock's time, runs the operation's domain function and turns its outcome into an answer (the
 * success envelope with the rows rendered in the document's shapes, or the error envelope). Path,
 * query and body values arrive validated and coerced by the shared layer, so a malformed value never
 * reaches a lookup. Writes go to `state`'s tables; the shared layer runs this inside a transaction.
 *
 * @example
 *   const response = handleRequest(state, request, env); // { status: 200, body: { code: 0, msg: 'Success', ts, data } }
 */
export function handleRequest(state: AgoraState, request: MockRequest, env: DomainEnv): MockResponse {
  const appId = String(request.path.appId).toLowerCase();
  expireEvents(state, appId, env.nowMs);
  runRecordingTimers(state, appId, env.nowMs);
  const roomUuid = String(request.path.roomUuid ?? '');
  const fail = (error: DomainError): MockResponse => renderDomainError(error, env);

  switch (request.operationId) {
    case 'createClassroom': {
      const body = request.body as CreateClassroomRequest;
      const classroom = { roomName: body.roomName, roomType: body.roomType, schedule: body.roomProperties.schedule, ...(body.roleConfig === undefined ? {} : { roleConfig: body.roleConfig }) };
      const outcome = createClassroom(state, { appId, roomUuid, classroom }, env);
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
      const outcome = updateRecordingConfig(state, { appId, roomUuid, body: request.body as UpdateRecordingRequest }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'setRecordingReady': {
      const outcome = setRecordingReady(state, { appId, roomUuid }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'setWidgetProperties': {
      const { extra, properties, state: widgetState, ownerUserUuid } = request.body as SetWidgetRequest;
      const outcome = setWidgetProperties(state, { appId, roomUuid, widgetUuid: widgetOf(request), extra, properties, state: widgetState, ownerUserUuid });
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'deleteWidget': {
      const outcome = deleteWidget(state, { appId, roomUuid, widgetUuid: widgetOf(request) });
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'deleteWidgetProperties': {
      const outcome = deleteWidgetProperties(state, { appId, roomUuid, widgetUuid: widgetOf(request), properties: (request.body as DeletePropertiesRequest).properties });
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'setWidgetUserProperties': {
      const properties = (request.body as UpdatePropertiesRequest).properties as JsonObject;
      const outcome = setWidgetUserProperties(state, { appId, roomUuid, userUuid: String(request.path.userUuid), widgetUuid: widgetOf(request), properties }, env);
      return outcome.kind === 'Ok' ? success(env) : fail(outcome);
    }
    case 'deleteWidgetUserProperties': {
      const { properties } = request.body as DeletePropertiesRequest;
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
