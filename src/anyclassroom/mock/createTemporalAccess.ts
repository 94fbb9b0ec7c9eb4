import type { DomainEnv } from '../../core/domain/DomainEnv.ts';

import type { FieldErrors, Outcome } from './domainError.ts';
import { findDevice } from './findDevice.ts';
import { laravelMessages } from './laravelMessages.ts';
import { toLaravelTimestamp } from './laravelTimestamp.ts';
import { signTemporalAccess, type LinkSigning } from './signTemporalAccessUrl.ts';
import type { AnyClassroomState, LinkRow } from './state.ts';

export interface CreateTemporalAccessInput {
  /** AnyDesk ID or alias from the path. */
  readonly device: string;
  /** The body's values as sent: a JSON integer or a numeric string (DECISIONS AC-2); `undefined` when absent. */
  readonly from_time: unknown;
  readonly until_time: unknown;
  readonly signing: LinkSigning;
}

/**
 * Creates a temporal access link for a device (`POST /devices/{anydeskId}/temporal`), as Laravel would:
 * the device is resolved first (404/403), then the body is validated:
 * - `until_time` required, `from_time` optional, both Laravel `integer` (a JSON integer or a numeric
 *   string) and, in the mock, at least 0 (the answers print Unix times >= 0);
 * - `from_time` given: it must be lower than `until_time` (error on `from_time`); a window in the past
 *   is accepted (the link is simply expired);
 * - `from_time` absent: it is now (clock seconds, floored) and `until_time` must be later (error on
 *   `until_time`), so every link has `from_time < until_time`.
 * The token is `env.uuid()`, the URL is signed with the configured app key, the id is the next one.
 * The link is written to the `links` table (one row); nothing else changes.
 *
 * @example
 *   createTemporalAccess(state, { device: 'lab1-pc-01@ad', from_time: '1596642000', until_time: 1596643000, signing }, env);
 *   // { kind: 'Ok', link: { token, fromTime: 1596642000, untilTime: 1596643000, signature, ... } }
 */
export function createTemporalAccess(state: AnyClassroomState, input: CreateTemporalAccessInput, env: DomainEnv): Outcome<{ readonly link: LinkRow }> {
  const found = findDevice(state, input);
  if (found.kind !== 'Ok') return found;

  const nowSeconds = Math.floor(env.nowMs / 1000);
  const errors: Record<string, string[]> = {};
  const fromTime = input.from_time === undefined ? nowSeconds : readUnixTime('from_time', input.from_time, errors);
  const untilTime = input.until_time === undefined ? fail(errors, 'until_time', laravelMessages.required('until_time')) : readUnixTime('until_time', input.until_time, errors);
  if (fromTime !== null && untilTime !== null && fromTime >= untilTime) {
    if (input.from_time === undefined) fail(errors, 'until_time', laravelMessages.gt('until_time', nowSeconds));
    else fail(errors, 'from_time', laravelMessages.lt('from_time', untilTime));
  }
  if (fromTime === null || untilTime === null || Object.keys(errors).length > 0) {
    return { kind: 'ValidationFailed', errors: ordered(errors) };
  }

  // The table is keyed by lower-case tokens. `toLowerCase` also hands back one flat string: a UUID
  // built by concatenation (Node's `crypto.randomUUID`) is a tree of pieces in V8, about 480 bytes
  // instead of 56, and every link keeps its token.
  const token = env.uuid().toLowerCase();
  const link: LinkRow = {
    token,
    id: state.linksByDevice.lastId + 1,
    anydeskId: found.device.anydeskId,
    fromTime,
    untilTime,
    signature: signTemporalAccess({ ...input.signing, token, expires: untilTime }),
    createdAt: toLaravelTimestamp(env.nowMs),
  };
  state.links.put(token, link);
  return { kind: 'Ok', link };
}

/**
 * Laravel's `integer` rule (PHP `FILTER_VALIDATE_INT`): a JSON integer or a string of an optional
 * sign and digits without leading zeros. The mock also wants a safe integer >= 0.
 */
function readUnixTime(field: string, value: unknown, errors: Record<string, string[]>): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^[+-]?(0|[1-9][0-9]*)$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n)) return fail(errors, field, laravelMessages.integer(field));
  if (n < 0) return fail(errors, field, laravelMessages.min(field, 0));
  return n === 0 ? 0 : n; // `-0` from "-0" prints as 0
}

function fail(errors: Record<string, string[]>, field: string, message: string): null {
  (errors[field] ??= []).push(message);
  return null;
}

/** Laravel lists errors in rule order: `from_time` before `until_time`. */
function ordered(errors: Record<string, string[]>): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const field of ['from_time', 'until_time']) if (errors[field]) out[field] = errors[field];
  return out;
}
