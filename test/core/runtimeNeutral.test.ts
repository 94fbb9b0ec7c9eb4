import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../..');

/** Every local file a module imports, transitively (type-only imports included: they name the dependency). */
function importGraph(entry: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const visit = (file: string) => {
    if (graph.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);
    graph.set(file, specifiers);
    for (const s of specifiers) if (s.startsWith('.')) visit(join(dirname(file), s));
  };
  visit(join(repoRoot, entry));
  return graph;
}

describe('the mock engine is runtime-neutral (a browser adapter can run it)', () => {
  const graph = importGraph('src/core/mock/createMockHandler.ts');

  it('imports no node: module and no file of a Node adapter, anywhere below it', () => {
    const offending = [...graph].flatMap(([file, specifiers]) =>
      specifiers.filter((s) => s.startsWith('node:') || /\/node\/|loadDocument|stateFile|projectRoot/.test(s)).map((s) => `${relative(repoRoot, file)} -> ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('uses no Node global (Buffer, process) in the files it runs', () => {
    const offending = [...graph.keys()].filter((file) => /\bBuffer\b|\bprocess\./.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offending.map((f) => relative(repoRoot, f))).toEqual([]);
  });

  it('names neither API', () => {
    const offending = [...graph.keys()].filter((file) => /anyclassroom|agora/i.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(offending.map((f) => relative(repoRoot, f))).toEqual([]);
  });

  it('covers the whole pipeline (the check is not vacuous)', () => {
    const files = [...graph.keys()].map((f) => relative(repoRoot, f));
    expect(files).toEqual(expect.arrayContaining(['src/core/mock/pipeline/handleApiRequest.ts', 'src/core/mock/faults/runFaults.ts', 'src/core/http/compileOperations.ts', 'src/core/mock/createControlApi.ts']));
  });
});

describe('the domains read time and randomness only through their DomainEnv (the read memo relies on it, MK-10)', () => {
  const domains = ['src/anyclassroom/mock/createAnyClassroomMock.ts', 'src/agora-classroom/mock/createAgoraClassroomMock.ts'].flatMap((entry) =>
    [...importGraph(entry).keys()].filter((file) => /src\/(anyclassroom|agora-classroom)\/mock\//.test(file)),
  );

  it('never call Date.now, new Date(), performance.now, Math.random or crypto directly', () => {
    const offending = domains.filter((file) =>
      /Date\.now\(|new Date\(\)|performance\.now\(|Math\.random\(|\bcrypto\./.test(readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')),
    );
    expect(offending.map((f) => relative(repoRoot, f))).toEqual([]);
  });

  it('covers both domains (the check is not vacuous)', () => {
    const files = domains.map((f) => relative(repoRoot, f));
    expect(files).toEqual(expect.arrayContaining(['src/anyclassroom/mock/createTemporalAccess.ts', 'src/agora-classroom/mock/createClassroom.ts']));
  });
});
