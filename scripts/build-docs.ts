/**
 * `npm run docs`: static reference docs for every published document of the registry, built by Redocly into `dist/docs/`
 * with the viewer inlined (`--inlineBundle`), so each page is one self-contained file that renders
 * offline, plus `dist/docs/index.html` linking to them.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { API_REGISTRY } from '../src/apiRegistry.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const outDir = join(repoRoot, 'dist/docs');
const published = API_REGISTRY.documents.filter((a) => a.publishDocs);

await mkdir(outDir, { recursive: true });
await Promise.all(
  published.map((api) =>
    promisify(execFile)(
      join(repoRoot, 'node_modules/.bin/redocly'),
      ['build-docs', api.name, '--inlineBundle', '--title', api.title, '-o', join(outDir, `${api.name}.html`)],
      { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
    ),
  ),
);

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const index = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Classroom API reference</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;line-height:1.5}</style>
</head>
<body>
<h1>Classroom API reference</h1>
<ul>
${published.map((api) => `<li><a href="./${api.name}.html">${escape(api.title)}</a></li>`).join('\n')}
</ul>
</body>
</html>
`;
await writeFile(join(outDir, 'index.html'), index);
console.log(`docs written to dist/docs/: index.html, ${published.map((a) => `${a.name}.html`).join(', ')}`);
