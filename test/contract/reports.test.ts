// fast-xml-parser arrives with @stoplight/prism-cli (a devDependency); the tests use it as an
// independent XML parser, so the kit's own escaper is not trusted to check itself.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileOperations } from '../../src/core/http/compileOperations.ts';
import { computeCoverage, formatCoverage } from '../../src/contract/reporters/computeCoverage.ts';
import { escapeXml } from '../../src/contract/reporters/escapeXml.ts';
import { renderJunit } from '../../src/contract/reporters/renderJunit.ts';
import { runContract } from '../../src/contract/runContract.ts';
import type { ContractRun } from '../../src/contract/types.ts';
import { startMocks, type RunningMocks } from '../../src/mock/startMocks.ts';
import { kitOptions } from './support/kitTargets.ts';
import { startRewritingProxy } from './support/startRewritingProxy.ts';
import { thingsDocument } from '../core/fixtures/thingsDocument.ts';

let mocks: RunningMocks;
beforeAll(async () => {
  mocks = await startMocks({ host: '127.0.0.1', anyClassroomPort: 0, agoraPort: 0, log: () => undefined });
});
afterAll(() => mocks.close());

// The kit's own JUnit file, escaped on purpose: fast-xml-parser's default cap of 1,000 entity
// expansions per document (a guard against hostile input) is lower than a real run's `&quot;`s.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: { maxTotalExpansions: 1_000_000 },
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});
type Case = { name: string; failure?: { '#text': string; message: string }; skipped?: { message: string } };
type Suite = { name: string; tests: string; failures: string; skipped: string; testcase: Case[] };

function parseJunit(xml: string) {
  const valid = XMLValidator.validate(xml);
  expect(valid, JSON.stringify(valid)).toBe(true);
  return (parser.parse(xml) as { testsuites: { tests: string; failures: string; skipped: string; testsuite: Suite[] } }).testsuites;
}

describe('JUnit XML', () => {
  it('is well-formed for a passing run, one testsuite per workflow and one testcase per step', async () => {
    const outcome = await runContract(kitOptions(mocks, 'anyclassroom'));
    if (outcome.kind !== 'ran') throw new Error('did not run');
    const junit = parseJunit(renderJunit(outcome.run));
    const steps = outcome.run.workflows.flatMap((w) => w.steps);
    expect(junit).toMatchObject({ tests: String(steps.length), failures: '0', skipped: '0' });
    expect(junit.testsuite.map((s) => s.name)).toEqual(outcome.run.workflows.map((w) => `anyclassroom.${w.workflowId}`));
    expect(junit.testsuite.flatMap((s) => s.testcase).length).toBe(steps.length);
  });

  it('stays well-formed when the server sent markup and control characters, and carries each violation', async () => {
    // Drifts whose report text XML cannot hold raw: markup, quotes, an ampersand, a CDATA end.
    const markup = '<b class="x">on & off</b> ]]>';
    const drifted = await startRewritingProxy(new URL(mocks.anyClassroomUrl).origin, {
      rewrite: (a) => {
        if (a.status === 401) return { contentType: 'text/html', text: '<h1>Unauthenticated</h1>' };
        if (a.status !== 200 || !/\/devices\?/.test(a.url)) return undefined;
        const body = a.json as { data: { status: string }[] };
        return { json: { ...body, data: body.data.map((d) => ({ ...d, status: markup })) } };
      },
    });
    try {
      const outcome = await runContract({ ...kitOptions(mocks, 'anyclassroom', drifted.origin), workflows: ['probe-listDevices', 'probe-getDevice'] });
      if (outcome.kind !== 'ran') throw new Error('did not run');
      const junit = parseJunit(renderJunit(outcome.run));
      const failures = junit.testsuite.flatMap((s) => s.testcase).filter((c) => c.failure);
      // Every step whose answer the proxy rewrote: the pages of devices, and the 401s.
      expect(failures.map((c) => c.name)).toEqual([
        'firstPage: listDevices',
        'pageSizeAbove100: listDevices - the seed gives per_page no upper bound',
        "pageNotANumber: listDevices - Laravel's paginator reads a page that is not an integer of at least 1 as page 1",
        'withoutToken: listDevices',
        'pickDevice: listDevices',
        'withoutToken: getDevice',
      ]);
      expect(junit).toMatchObject({ tests: '10', failures: '6' });
      expect(failures[0]?.failure?.['#text']).toContain(`-> 200: $.data[0].status: expected one of ["enabled","disabled"], actual ${JSON.stringify(markup)} (string) [document]`);
      expect(failures[3]?.failure?.['#text']).toContain('-> 401: header Content-Type: expected application/json, actual text/html [document]');
    } finally {
      await drifted.close();
    }
  });

  it('marks skipped steps with their reason', () => {
    const run: ContractRun = {
      api: 'agora-classroom',
      baseUrl: 'https://api.agora.io',
      target: 'server',
      capabilities: [],
      durationMs: 5,
      coverage: { api: 'agora-classroom', operations: { exercised: 0, total: 7, share: 0 }, responses: { exercised: 0, total: 46, share: 0 }, byOperation: [] },
      workflows: [
        {
          workflowId: 'class-state-machine',
          summary: 'a "summary" <with> markup & more',
          file: 'class-state.arazzo.yaml',
          outcome: 'skipped',
          skipReason: 'changes state: runs against a real server only with --allow-writes',
          durationMs: 0,
          steps: [{ name: 'createRoom', stepId: 'createRoom', description: undefined, operationId: 'createClassroom', outcome: 'skipped', skipReason: 'changes state: runs against a real server only with --allow-writes', status: undefined, violations: [], durationMs: 0 }],
        },
      ],
    };
    const junit = parseJunit(renderJunit(run));
    expect(junit).toMatchObject({ tests: '1', failures: '0', skipped: '1' });
    expect(junit.testsuite[0]?.testcase[0]?.skipped?.message).toBe('changes state: runs against a real server only with --allow-writes');
  });
});

describe('escapeXml', () => {
  it.each([
    ['markup and quotes', `<a href="x">Tom's & Jerry's</a>`, '&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; Jerry&apos;s&lt;/a&gt;'],
    ['control characters XML 1.0 cannot hold', 'bell\u0007 nul\u0000 ok\ttab', 'bell\uFFFD nul\uFFFD ok\ttab'],
    ['a lone surrogate', 'half \uD800 pair', 'half \uFFFD pair'],
    ['astral characters, kept', 'emoji \u{1F600}', 'emoji \u{1F600}'],
  ])('escapes %s', (_, input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('coverage', () => {
  // A tiny document: listThings 200/401/4XX/5XX, createThing 201/4XX/503/default, getThing 200/404/default, deleteThing 204/default.
  const { operations } = compileOperations(thingsDocument, 'things');

  it('counts operations and documented responses exercised, matching exact codes, then NXX, then default', () => {
    const report = computeCoverage('things', operations, [
      { operationId: 'listThings', status: 200 },
      { operationId: 'listThings', status: 200 },
      { operationId: 'listThings', status: 422 },
      { operationId: 'getThing', status: 503 },
    ]);
    expect(report.operations).toEqual({ exercised: 2, total: 4, share: 2 / 4 });
    expect(report.responses).toEqual({ exercised: 3, total: 13, share: 3 / 13 });
    expect(report.byOperation[0]?.responses).toEqual([
      { status: '200', exercised: true },
      { status: '401', exercised: false },
      { status: '4XX', exercised: true },
      { status: '5XX', exercised: false },
    ]);
    expect(report.byOperation.find((o) => o.operationId === 'getThing')?.responses.find((r) => r.status === 'default')?.exercised).toBe(true);
    expect(formatCoverage(report)).toBe('coverage: operations 2/4 (50%), documented responses 3/13 (23%)');
  });

  it('lists statuses an operation answered without declaring them', () => {
    const report = computeCoverage('things', operations, [{ operationId: 'listThings', status: 302 }]);
    expect(report.byOperation[0]).toMatchObject({ exercised: true, undeclared: [302] });
    expect(report.responses.exercised).toBe(0);
  });
});
