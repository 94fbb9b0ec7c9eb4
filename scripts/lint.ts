/**
 * `npm run lint`: Redocly lint of every API in redocly.yaml. Redocly exits 0 on warnings; this
 * project treats a warning as a failure, so the JSON report is read and every problem printed.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { source: { ref: string }; pointer?: string }[];
}

const repoRoot = resolve(import.meta.dirname, '..');
const result = await promisify(execFile)(
  resolve(repoRoot, 'node_modules/.bin/redocly'),
  ['lint', '--format', 'json', '--max-problems', '10000'],
  { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
).catch((error: { stdout?: string; stderr?: string }) => error);
const stdout = result.stdout ?? '';
// Redocly prints one JSON report per API, back to back.
const reports = splitJsonObjects(stdout) as { totals: { errors: number; warnings: number }; problems: LintProblem[] }[];
if (reports.length === 0) {
  console.error(`redocly lint printed no report:\n${stdout}${result.stderr ?? ''}`);
  process.exit(1);
}
const report = {
  totals: { errors: reports.reduce((n, r) => n + r.totals.errors, 0), warnings: reports.reduce((n, r) => n + r.totals.warnings, 0) },
  problems: reports.flatMap((r) => r.problems),
};
for (const p of report.problems) {
  const where = p.location.map((l) => `${l.source.ref.replace(`${repoRoot}/`, '')}${l.pointer ?? ''}`).join(', ');
  console.error(`${p.severity === 'error' ? 'error' : 'warning'} ${p.ruleId}: ${p.message}\n    at ${where}`);
}
const { errors, warnings } = report.totals;
if (errors + warnings > 0) {
  console.error(`redocly lint: ${errors} error(s), ${warnings} warning(s)`);
  process.exit(1);
}
console.log(`redocly lint: ${reports.length} documents valid, 0 errors, 0 warnings`);

/** Splits concatenated JSON objects (`{...}{...}`), respecting strings. */
function splitJsonObjects(text: string): unknown[] {
  const out: unknown[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) out.push(JSON.parse(text.slice(start, i + 1)));
  }
  return out;
}
