import type { RunningMocks } from '../../../src/mock/startMocks.ts';
import type { ContractApi, ContractOptions } from '../../../src/contract/runContract.ts';
import type { ContractRun, ContractViolation } from '../../../src/contract/types.ts';

/** The uid the kit's tests send to the Agora mock (any non-empty value passes). */
export const TEST_UID = 'contract-kit';

/**
 * Options that point the kit at one of the running mocks, or at a proxy in front of it (same path
 * layout, another origin).
 *
 * @example
 *   await runContract(kitOptions(mocks, 'anyclassroom', drifted.origin));
 */
export function kitOptions(mocks: RunningMocks, api: ContractApi, origin?: string): ContractOptions {
  const url = api === 'anyclassroom' ? mocks.anyClassroomUrl : mocks.agoraUrl;
  const baseUrl = origin ? `${origin}${new URL(url).pathname.replace(/\/$/, '')}` : url;
  const credentials =
    api === 'anyclassroom'
      ? { token: mocks.credentials.anyClassroomToken }
      : { token: mocks.credentials.agoraToken, appId: mocks.credentials.agoraAppId, uid: TEST_UID };
  return { api, baseUrl, credentials, allowWrites: false };
}

/** The same target as command-line flags. */
export function kitArgs(mocks: RunningMocks, api: ContractApi, origin?: string): string[] {
  const { baseUrl, credentials } = kitOptions(mocks, api, origin);
  const agora = api === 'agora-classroom' ? ['--app-id', credentials.appId ?? '', '--uid', credentials.uid ?? ''] : [];
  return ['--api', api, '--base-url', baseUrl, '--token', credentials.token, ...agora];
}

/** Every violation of a run, in order. */
export function violationsOf(run: ContractRun): ContractViolation[] {
  return run.workflows.flatMap((w) => w.steps.flatMap((s) => s.violations));
}

/** Step outcomes by `workflowId/stepName`, for compact assertions. */
export function outcomes(run: ContractRun): Record<string, string> {
  return Object.fromEntries(run.workflows.flatMap((w) => w.steps.map((s) => [`${w.workflowId}/${s.name}`, s.outcome])));
}
