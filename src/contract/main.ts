import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CONTRACT_HELP, parseContractArgs } from './parseContractArgs.ts';
import { consoleReporter } from './reporters/consoleReporter.ts';
import { renderJunit } from './reporters/renderJunit.ts';
import { runContract } from './runContract.ts';
import { conforms } from './types.ts';

/** Where the command writes; tests collect the lines, the CLI passes stdout and stderr. */
export interface ContractIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly fetch?: typeof fetch;
}

/** Exit codes of `npm run contract`. */
export const EXIT = { conforms: 0, violations: 1, usage: 2 } as const;

/**
 * `npm run contract` without the process: parses the arguments, runs the kit, prints progress and
 * the summary, writes the JUnit and coverage files, and returns the exit code.
 *
 * @example
 *   const code = await contractMain(['--api', 'anyclassroom', '--base-url', url, '--token', 't'], {}, { out: console.log, err: console.error });
 */
export async function contractMain(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, io: ContractIo): Promise<number> {
  const parsed = parseContractArgs(argv, env);
  if (parsed.kind === 'help') {
    io.out(CONTRACT_HELP);
    return EXIT.conforms;
  }
  if (parsed.kind === 'usage') {
    io.err(`error: ${parsed.message}\n\n${CONTRACT_HELP}`);
    return EXIT.usage;
  }
  const report = consoleReporter(io.out);
  const outcome = await runContract({
    ...parsed.options,
    fetch: io.fetch,
    onStart: ({ target, capabilities }) => report.start(parsed.options.api, parsed.options.baseUrl, target, capabilities),
    onWorkflow: report.workflow,
  });
  if (outcome.kind === 'unusable') {
    io.err(`error: the kit cannot run:\n${outcome.problems.map((p) => `  ${p}`).join('\n')}`);
    return EXIT.usage;
  }
  report.summary(outcome.run);
  try {
    if (parsed.junit) writeFile(parsed.junit, renderJunit(outcome.run));
    if (parsed.report) writeFile(parsed.report, `${JSON.stringify(outcome.run.coverage, null, 2)}\n`);
  } catch (error) {
    io.err(`error: cannot write a report: ${(error as Error).message}`);
    return EXIT.usage;
  }
  return conforms(outcome.run) ? EXIT.conforms : EXIT.violations;
}

function writeFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
