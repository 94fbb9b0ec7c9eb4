import { describe, expect, it } from 'vitest';
import { agoraOracleRules } from '../../src/agora-classroom/fuzz/agoraFuzzTarget.ts';
import { anyClassroomOracleRules } from '../../src/anyclassroom/fuzz/anyClassroomFuzzTarget.ts';
import { outsideErrorSchema } from '../../src/core/fuzz/oracle/createOracle.ts';
import type { OracleOperation } from '../../src/core/fuzz/oracle/OracleRules.ts';
import { loadDocument } from '../../src/core/openapi/loadDocument.ts';

const headers = (values: Record<string, string>) => (name: string) => values[name];
const APP = 'a1f3c9e27b4d4e8f9c06d5b2e7a13f48';

describe('Agora oracle rules: what the decisions say about credentials (AG-10, AG-12, AG-46)', () => {
  const rules = agoraOracleRules('t0k', APP);
  it.each([
    ['the token and a uid', { 'x-agora-token': 't0k', 'x-agora-uid': 'u' }, { appId: APP }, true],
    ['the configured App ID in capitals', { 'x-agora-token': 't0k', 'x-agora-uid': 'u' }, { appId: APP.toUpperCase() }, true],
    ['no uid', { 'x-agora-token': 't0k' }, { appId: APP }, false],
    ['a blank uid', { 'x-agora-token': 't0k', 'x-agora-uid': ' ' }, { appId: APP }, false],
    ['Authorization: agora token=', { authorization: 'agora token=t0k' }, { appId: APP }, true],
    ['the scheme in any case', { authorization: 'Agora token=t0k' }, { appId: APP }, true],
    ['a wrong Authorization beside a right pair (Authorization decides)', { authorization: 'agora token=nope', 'x-agora-token': 't0k', 'x-agora-uid': 'u' }, { appId: APP }, false],
    ['a right Authorization beside a wrong pair', { authorization: 'agora token=t0k', 'x-agora-token': 'nope', 'x-agora-uid': 'u' }, { appId: APP }, true],
    ['another App ID, well-formed', { 'x-agora-token': 't0k', 'x-agora-uid': 'u' }, { appId: 'b'.repeat(32) }, false],
    ['an App ID that is not well-formed (AG-10: 401, not 400)', { authorization: 'agora token=t0k' }, { appId: 'xxxxxx' }, false],
    ['a Bearer token beside a right pair (open: AG-12 does not say)', { authorization: 'Bearer t0k', 'x-agora-token': 't0k', 'x-agora-uid': 'u' }, { appId: APP }, 'open'],
  ])('%s', (_what, sent, path, expected) => {
    expect(rules.credentials(headers(sent), path)).toBe(expected);
  });

  it('answers a refused value 400, and lets AG-51 and AG-58 give their 400 to valid requests', () => {
    expect(rules.refusal({ operationId: 'getClassroom', declared: [200, 400], pathParameters: ['appId', 'roomUuid'] }, [])).toEqual([400]);
    expect(rules.domainRefusals).toEqual({ setRecordingState: [400], setBreakoutRooms: [400] });
  });
});

describe('AnyClassroom oracle rules (AC-7, AC-13, AC-28, AC-32, AC-39)', () => {
  const rules = anyClassroomOracleRules('ac');
  const create: OracleOperation = { operationId: 'createTemporalAccess', declared: [201, 401, 403, 404, 413, 415, 422, 500, 503], pathParameters: ['anydeskId'] };
  const list: OracleOperation = { operationId: 'listDevices', declared: [200, 401, 422, 500, 503], pathParameters: [] };

  it('accepts exactly the configured token', () => {
    expect(rules.credentials(headers({ 'x-token-ac': 'ac' }), {})).toBe(true);
    expect(rules.credentials(headers({ 'x-token-ac': 'Bearer ac' }), {})).toBe(false);
    expect(rules.credentials(headers({}), {})).toBe(false);
  });

  it('answers a path value route-model binding cannot find 404, before validation (AC-13)', () => {
    expect(rules.refusal(create, [{ in: 'path', name: 'anydeskId', detail: '' }, { in: 'body', name: 'until_time', detail: '' }])).toEqual([404]);
  });

  it('answers a refused body 422, or the device\'s 403/404 first (AC-39); a list without a resource only 422', () => {
    expect(rules.refusal(create, [{ in: 'body', name: 'until_time', detail: '' }])).toEqual([422, 403, 404]);
    expect(rules.refusal(list, [{ in: 'query', name: 'per_page', detail: '' }])).toEqual([422]);
  });

  it('answers a body not sent as JSON 415, or the device\'s 403/404 first (AC-39)', () => {
    expect(rules.mediaTypeRefusal(create)).toEqual([415, 403, 404]);
  });

  it('follows Laravel: the body size before the route, a trailing slash trimmed, an unparsable body read as empty', () => {
    expect(rules).toMatchObject({ bodyLimitBeforeRouting: true, trailingSlash: 'ignored', malformedJson: 'empty' });
  });
});

describe('the error schema of answers outside every operation comes from each document', () => {
  it.each([
    ['anyclassroom', 'ErrorMessage'],
    ['agora-classroom', 'Error'],
  ])('%s names %s in x-error-outside-operations', (api, schema) => {
    expect(outsideErrorSchema(loadDocument(api))).toBe(schema);
  });
});
