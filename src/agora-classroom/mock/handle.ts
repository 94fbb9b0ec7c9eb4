import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { MockRequest, MockResponse } from '../../core/mock/types.ts';
import { createClassroom, type CreateClassroomRequest } from './createClassroom.ts';
import type { DomainError } from './domainError.ts';
import { domainErrorResponse } from './errors.ts';
import { expireEvents } from './expireEvents.ts';
import { listClassroomEvents } from './listClassroomEvents.ts';
import { listRecordings } from './listRecordings.ts';
import { pollEvents } from './pollEvents.ts';
import { setClassroomState } from './setClassroomState.ts';
import { setRecordingState } from './setRecordingState.ts';
import { emptyApp, findApp, findRoom, putApp, type AgoraState, type AppState, type ClassState } from './state.ts';
import { toClassroom } from './toClassroom.ts';

/**
 * The Agora mock's operations: picks the App of the request's `appId`, drops events that have
 * expired at the mock clock's time, runs the operation's domain function and turns its outcome
 * into an answer. Path and query values arrive validated and coerced by the shared layer, so a
 * malformed value never reaches a lookup.
 *
 * @example
 *   const { state: next, response } = handleAgora(state, request, env);
 */
export function handleAgora(state: AgoraState, request: MockRequest, env: DomainEnv): { readonly state: AgoraState; readonly response: MockResponse } {
  const appId = String(request.path.appId).toLowerCase();
  const before = findApp(state, appId);
  const app = expireEvents(before ?? emptyApp(appId, env), env.nowMs);
  const result = runOperation(app, request, env);
  // An App is only added to the state once something was written to it.
  const changed = result.app !== app || (before !== undefined && app !== before);
  return { state: changed ? putApp(state, result.app) : state, response: result.response };
}

type Answer = { readonly app: AppState; readonly response: MockResponse };

function runOperation(app: AppState, request: MockRequest, env: DomainEnv): Answer {
  const roomUuid = String(request.path.roomUuid ?? '');
  const fail = (error: DomainError): Answer => ({ app, response: domainErrorResponse(error, env) });
  const ok = (next: AppState, data?: unknown): Answer => ({ app: next, response: success(env, data) });

  switch (request.operationId) {
    case 'createClassroom': {
      const { app: next, outcome } = createClassroom(app, { roomUuid, body: request.body as CreateClassroomRequest }, env);
      return outcome.kind === 'Ok' ? ok(next) : fail(outcome);
    }
    case 'getClassroom': {
      const room = findRoom(app, roomUuid);
      return room ? ok(app, toClassroom(room)) : fail({ kind: 'RoomNotFound', roomUuid });
    }
    case 'setClassroomState': {
      const { app: next, outcome } = setClassroomState(app, { roomUuid, state: request.path.state as ClassState }, env);
      return outcome.kind === 'Ok' ? ok(next) : fail(outcome);
    }
    case 'setRecordingState': {
      const { app: next, outcome } = setRecordingState(app, { roomUuid, state: request.path.state as 0 | 1 }, env);
      return outcome.kind === 'Ok' ? ok(next, outcome.data) : fail(outcome);
    }
    case 'listRecordings': {
      const outcome = listRecordings(app, { roomUuid, nextId: queryString(request, 'nextId') });
      return outcome.kind === 'Ok' ? ok(app, outcome.page) : fail(outcome);
    }
    case 'listClassroomEvents': {
      const cmd = request.query.cmd as number | undefined;
      const outcome = listClassroomEvents(app, { roomUuid, nextId: queryString(request, 'nextId'), cmd });
      return outcome.kind === 'Ok' ? ok(app, outcome.page) : fail(outcome);
    }
    case 'pollEvents': {
      const { app: next, events } = pollEvents(app);
      return ok(next, events);
    }
    default:
      // Routing only reaches operations of the document; a new one without a handler is a bug.
      throw new Error(`agora-classroom mock: operation ${request.operationId} has no handler`);
  }
}

/** The success envelope (`msg` "Success", `ts` the mock clock, `data` when the operation has one). */
function success(env: DomainEnv, data?: unknown): MockResponse {
  return { status: 200, body: data === undefined ? { code: 0, msg: 'Success', ts: env.nowMs } : { code: 0, msg: 'Success', ts: env.nowMs, data } };
}

function queryString(request: MockRequest, name: string): string | undefined {
  const value = request.query[name];
  return value === undefined ? undefined : String(value);
}
