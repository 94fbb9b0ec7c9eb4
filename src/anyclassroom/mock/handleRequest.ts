import type { DomainEnv } from '../../core/domain/DomainEnv.ts';
import type { MockRequest, MockResponse } from '../../core/mock/types.ts';
import { createTemporalAccess } from './createTemporalAccess.ts';
import { getDevice } from './getDevice.ts';
import { invalidateTemporalAccess } from './invalidateTemporalAccess.ts';
import { listClassroomDevices } from './listClassroomDevices.ts';
import { listClassrooms } from './listClassrooms.ts';
import { listDevices } from './listDevices.ts';
import { listDeviceTemporalAccesses } from './listDeviceTemporalAccesses.ts';
import { laravelPage } from './laravelPage.ts';
import { paginate, type Page } from './paginate.ts';
import { renderDomainError } from './renderError.ts';
import { toClassroom, toDevice, toDeviceDetail, toTemporalAccess } from './resources.ts';
import type { LinkSigning } from './signTemporalAccessUrl.ts';
import type { Sliceable } from './Sliceable.ts';
import type { AnyClassroomState } from './state.ts';

/**
 * The AnyClassroom operations: reads what the domain needs from an already routed, authenticated and
 * validated request, runs the command or query (which changes the state only through its tables; the
 * server holds the transaction) and shapes its outcome as the answer.
 *
 * @example
 *   const response = handleRequest(state, request, env, signing); // { status: 200, body: { data, links, meta } }
 */
export function handleRequest(state: AnyClassroomState, request: MockRequest, env: DomainEnv, signing: LinkSigning): MockResponse {
  const { linkBaseUrl } = signing;
  switch (request.operationId) {
    case 'listDevices': {
      const outcome = listDevices(state, {});
      if (outcome.kind !== 'Ok') return renderDomainError(outcome, env);
      return ok(200, pageOf(outcome.devices, request, toDevice));
    }

    case 'getDevice': {
      const outcome = getDevice(state, { device: String(request.path.anydeskId) });
      if (outcome.kind !== 'Ok') return renderDomainError(outcome, env);
      return ok(200, { data: toDeviceDetail(outcome.device, outcome.classroom, outcome.latest, linkBaseUrl) });
    }

    case 'listDeviceTemporalAccesses': {
      const outcome = listDeviceTemporalAccesses(state, { device: String(request.path.anydeskId) });
      if (outcome.kind !== 'Ok') return renderDomainError(outcome, env);
      return ok(200, pageOf(outcome.links, request, (link) => toTemporalAccess(link, linkBaseUrl)));
    }

    case 'createTemporalAccess': {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const input = { device: String(request.path.anydeskId), from_time: body.from_time, until_time: body.until_time, signing };
      const outcome = createTemporalAccess(state, input, env);
      if (outcome.kind !== 'Ok') return renderDomainError(outcome, env);
      return ok(201, { data: toTemporalAccess(outcome.link, linkBaseUrl) });
    }

    case 'invalidateTemporalAccess': {
      const outcome = invalidateTemporalAccess(state, { token: String(request.path.token), signing }, env);
      if (outcome.kind !== 'Ok') return renderDomainError(outcome, env);
      return ok(200, { status: 'Invalidated', session_expires_at: outcome.sessionExpiresAt });
    }

    case 'listClassrooms': {
      const outcome = listClassrooms(state, {});
      if (outcome.kind !== 'Ok') return renderDomainError(outcome, env);
      return ok(200, pageOf(outcome.classrooms, request, (c) => toClassroom(c.classroom, c.devicesCount)));
    }

    case 'listClassroomDevices': {
      const outcome = listClassroomDevices(state, { classroomId: Number(request.path.classroomId) });
      if (outcome.kind !== 'Ok') return renderDomainError(outcome, env);
      return ok(200, pageOf(outcome.devices, request, toDevice));
    }

    default:
      throw new Error(`AnyClassroom mock: no handler for operation ${request.operationId}`);
  }
}

const ok = (status: number, body: unknown): MockResponse => ({ status, body });

/** One page of a list, with links built on the request's own URL; only the page's items get views. */
function pageOf<T, R>(all: Sliceable<T>, request: MockRequest, present: (item: T) => R): Page<R> {
  const page = paginate(all, {
    // `page` is never refused: Laravel reads an unusable value as page 1 (AC-9).
    page: laravelPage(request.query.page),
    perPage: Number(request.query.per_page),
    // Laravel's paginator path is `$request->url()`: no query, no trailing slash.
    path: `${request.url.origin}${request.url.pathname.replace(/\/+$/, '')}`,
    keepPerPage: request.url.searchParams.has('per_page'),
  });
  return { ...page, data: page.data.map(present) };
}
