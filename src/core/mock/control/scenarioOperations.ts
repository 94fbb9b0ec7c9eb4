import type { MockClock } from '../../clock.ts';
import type { MockResponse } from '../types.ts';
import { controlError, type ControlCall } from './ControlContext.ts';
import type { ScenarioCatalog } from './ScenarioCatalog.ts';

/** The most problems a refusal lists (the count says how many there were). */
const SHOWN_PROBLEMS = 200;

/**
 * `GET /__mock/scenarios` (the named data sets and the active one) and `POST /__mock/scenarios/{name}`
 * (switch every mock of the process to it). A switch checks every API's part before changing
 * anything: a file that breaks the format is refused with 422 naming every problem (file, JSON path,
 * expected, actual), and the running state is kept (DECISIONS MK-7). Without a catalog (a mock
 * started without scenarios) the list is empty and every name is unknown.
 *
 * @example
 *   await scenarioOperation(catalog, clock, { operationId: 'switchMockScenario', path: { name: 'empty-account' }, query: {}, body: undefined });
 */
export async function scenarioOperation(catalog: ScenarioCatalog | undefined, clock: MockClock, call: ControlCall): Promise<MockResponse | undefined> {
  switch (call.operationId) {
    case 'listMockScenarios':
      return { status: 200, body: { active: catalog?.active() ?? 'default', scenarios: catalog ? await catalog.list() : [] } };
    case 'switchMockScenario': {
      const name = call.path.name as string;
      if (!catalog) return controlError(404, `No scenario "${name}": this mock was started without scenarios.`);
      const outcome = await catalog.switchTo(name);
      if (outcome.kind === 'unknown') return controlError(404, `No scenario "${name}".`, [`known scenarios: ${outcome.known.join(', ')}`]);
      if (outcome.kind === 'invalid') {
        const details = outcome.problems.slice(0, SHOWN_PROBLEMS).map((p) => `${p.file} ${p.path}: expected ${p.expected}, got ${p.actual}`);
        if (outcome.problems.length > SHOWN_PROBLEMS) details.push(`... and ${outcome.problems.length - SHOWN_PROBLEMS} more`);
        const count = `${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}`;
        return controlError(422, `Scenario "${name}" breaks the seed format (${count}); nothing was changed.`, details);
      }
      return { status: 200, body: { active: outcome.summary.name, scenario: outcome.summary, clock: clock.reading() } };
    }
    default:
      return undefined;
  }
}
