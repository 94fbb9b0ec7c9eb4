import type { Requirement, WorkflowSpec } from './arazzo/types.ts';

/**
 * What a target allows: the project's mock allows everything (it is reset before and after a run);
 * a real server allows `writes` only with `--allow-writes`, and never the mock's clock or seed.
 *
 * @example
 *   targetCapabilities('server', { allowWrites: true }); // ['writes']
 */
export function targetCapabilities(target: 'mock' | 'server', options: { readonly allowWrites: boolean }): Requirement[] {
  if (target === 'mock') return ['writes', 'mock-clock', 'mock-seed', 'mock-activity'];
  return options.allowWrites ? ['writes'] : [];
}

/**
 * The capabilities a workflow runs with. A workflow that reads the mock's seed data names that data
 * through inputs with defaults (a room id, say); passing all of them with `--input` points it at
 * equivalent data on another server, which satisfies `mock-seed` for that workflow.
 *
 * @example
 *   workflowCapabilities(workflow, ['writes'], new Set(['recordedRoom'])); // ['writes', 'mock-seed'] when recordedRoom is its only seeded input
 */
export function workflowCapabilities(workflow: WorkflowSpec, capabilities: readonly Requirement[], givenInputs: ReadonlySet<string>): Requirement[] {
  const seeded = seedInputs(workflow);
  const pointedElsewhere = seeded.length > 0 && seeded.every((name) => givenInputs.has(name));
  return pointedElsewhere && !capabilities.includes('mock-seed') ? [...capabilities, 'mock-seed'] : [...capabilities];
}

/** The inputs whose defaults are the mock's seed data (only meaningful for `mock-seed` workflows). */
export function seedInputs(workflow: WorkflowSpec): string[] {
  const usesSeed = workflow.requires.includes('mock-seed') || workflow.steps.some((s) => s.requires.includes('mock-seed'));
  return usesSeed ? Object.entries(workflow.inputs).filter(([, spec]) => spec.default !== undefined).map(([name]) => name) : [];
}

/**
 * Why something with these unmet requirements was skipped, as the reports print it.
 *
 * @example
 *   skipReason(['writes'], workflow); // 'changes state: runs against a real server only with --allow-writes'
 */
export function skipReason(missing: readonly Requirement[], workflow: WorkflowSpec): string {
  return missing
    .map((requirement) => {
      switch (requirement) {
        case 'writes':
          return 'changes state: runs against a real server only with --allow-writes';
        case 'mock-clock':
          return "drives the mock's clock: runs against the project's mock only";
        case 'mock-activity':
          return "makes users act in a classroom through the mock's control API: runs against the project's mock only";
        case 'mock-seed': {
          const names = seedInputs(workflow);
          return `reads the mock's seed data: against another server pass ${names.map((n) => `--input ${n}=...`).join(' ') || 'the seeded inputs'}`;
        }
      }
    })
    .join('; ');
}
