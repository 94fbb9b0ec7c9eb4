import fc from 'fast-check';
import FindMyWay from 'find-my-way';
import { describe, expect, it } from 'vitest';
import agoraDocument from '../../../generated/agora-classroom.openapi.json' with { type: 'json' };
import anyDocument from '../../../generated/anyclassroom.openapi.json' with { type: 'json' };
import controlDocument from '../../../generated/mock-control.openapi.json' with { type: 'json' };
import { createPathRouter } from '../../../src/core/http/createPathRouter.ts';
import { listOperations } from '../../../src/core/openapi/listOperations.ts';
import type { OpenApiDocument } from '../../../src/core/openapi/types.ts';

const router = createPathRouter([
  { method: 'GET', template: '/things', value: 'listThings' },
  { method: 'GET', template: '/things/{thingId}', value: 'getThing' },
  { method: 'GET', template: '/things/special', value: 'getSpecial' },
  { method: 'GET', template: '/things/{thingId}/parts/{partId}', value: 'getPart' },
  { method: 'GET', template: '/things/special/parts', value: 'specialParts' },
  { method: 'DELETE', template: '/things/{id}', value: 'deleteThing' },
]);
const value = (method: string, path: string) => router.find(method, path)?.value ?? null;

describe('createPathRouter (the mock router: no Node module, runs in a browser)', () => {
  it('finds the route and its path values under the template names of that route', () => {
    expect(router.find('GET', '/things/7/parts/x')).toEqual({ value: 'getPart', params: { thingId: '7', partId: 'x' } });
    expect(router.find('DELETE', '/things/7')).toEqual({ value: 'deleteThing', params: { id: '7' } });
  });

  it('prefers a literal segment to a parameter, and backtracks to the parameter when the literal leads nowhere', () => {
    expect(value('GET', '/things/special')).toBe('getSpecial');
    expect(value('GET', '/things/special/parts')).toBe('specialParts');
    expect(router.find('GET', '/things/special/parts/9')).toEqual({ value: 'getPart', params: { thingId: 'special', partId: '9' } });
  });

  it('matches only the routes of the method asked for', () => {
    expect(value('POST', '/things')).toBeNull();
    expect(value('DELETE', '/things/special')).toBe('deleteThing');
  });

  it('ignores one trailing slash, and is case-sensitive', () => {
    expect(value('GET', '/things/')).toBe('listThings');
    expect(value('GET', '/Things')).toBeNull();
  });

  it('gives a parameter no empty segment', () => {
    expect(value('GET', '/things//parts/1')).toBeNull();
    expect(value('DELETE', '/things//')).toBeNull();
  });

  it('percent-decodes path values (an escaped slash stays inside its value) and literal segments', () => {
    expect(router.find('GET', '/things/lab1%40ad%2Fx')).toEqual({ value: 'getThing', params: { thingId: 'lab1@ad/x' } });
    expect(value('GET', '/thing%73/special')).toBe('getSpecial');
    expect(router.find('GET', '/things/%25')).toEqual({ value: 'getThing', params: { thingId: '%' } });
  });

  it('matches nothing when a segment does not decode, or a value is longer than maxParamLength', () => {
    expect(value('GET', '/things/%E0%A4%A')).toBeNull();
    const short = createPathRouter([{ method: 'GET', template: '/t/{id}', value: 1 }], { maxParamLength: 3 });
    expect(short.find('GET', '/t/abc')?.value).toBe(1);
    expect(short.find('GET', '/t/abcd')).toBeNull();
  });

  it('routes every path of the three documents exactly as find-my-way did (random path values, property test)', () => {
    for (const document of [anyDocument, agoraDocument, controlDocument] as unknown as OpenApiDocument[]) {
      const operations = listOperations(document);
      const fmw = FindMyWay({ ignoreTrailingSlash: true, maxParamLength: 65_536, caseSensitive: true });
      for (const op of operations) fmw.on(op.method.toUpperCase() as 'GET', op.pathTemplate.replace(/\{([^}]+)\}/g, ':$1'), () => undefined, op.operationId);
      const ours = createPathRouter(operations.map((op) => ({ method: op.method.toUpperCase(), template: op.pathTemplate, value: op.operationId })));
      const viaFindMyWay = (method: string, path: string) => {
        const found = fmw.find(method as 'GET', path);
        if (!found || !Object.values(found.params).every((v) => v !== '')) return null;
        return { value: found.store, params: { ...found.params } };
      };
      const segment = fc.oneof(
        fc.constantFrom('', 'special', 'rooms', 'users', 'v2', '%2F', '%41', '%25', '%2e', 'a%20b', '@', '.', '..', 'ü', '%C3%BC', ';x'),
        fc.stringMatching(/^[A-Za-z0-9._~-]{0,6}$/),
      );
      const request = fc.record({
        template: fc.constantFrom(...operations.map((op) => op.pathTemplate)),
        method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'),
        values: fc.array(segment, { minLength: 4, maxLength: 4 }),
        tail: fc.constantFrom('', '/', '//', '/x'),
        literalCase: fc.boolean(),
      });
      fc.assert(
        fc.property(request, ({ template, method, values, tail, literalCase }) => {
          let i = 0;
          const raw = template.replace(/\{[^}]+\}/g, () => values[i++ % values.length]!) + tail;
          // What the pipeline hands the router: a WHATWG pathname that decodes (parseRequestUrl refuses the rest).
          const path = new URL(literalCase ? raw : raw.toUpperCase(), 'http://h').pathname;
          try {
            decodeURIComponent(path);
          } catch {
            return;
          }
          expect(ours.find(method, path), `${method} ${path}`).toEqual(viaFindMyWay(method, path));
        }),
        { numRuns: 3000, seed: 12 },
      );
    }
  });
});
