/**
 * Library entry of `@classroom-toolkit/contract`: the contract-test kit without its command line
 * (`classroom-contract` and `classroom-contract-proxy` are the package's commands).
 *
 * @example
 *   import { runContract, conforms } from '@classroom-toolkit/contract';
 *   const outcome = await runContract({ api: 'anyclassroom', baseUrl, credentials: { token }, allowWrites: false });
 *   if (outcome.kind === 'ran' && !conforms(outcome.run)) process.exitCode = 1;
 */
export { contractMain, EXIT, type ContractIo } from '../../../src/contract/main.ts';
export { CONTRACT_APIS, runContract, type ContractApi, type ContractOptions, type ContractOutcome } from '../../../src/contract/runContract.ts';
export { conforms } from '../../../src/contract/types.ts';
export { startPrismProxy, type StartedProxy } from '../../../src/contract/proxy/startPrismProxy.ts';
