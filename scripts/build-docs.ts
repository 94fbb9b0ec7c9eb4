/**
 * `npm run docs`: static reference docs for every published document of the registry, built by Redocly into `dist/docs/`
 * with the viewer inlined (`--inlineBundle`), so each page is one self-contained file that renders
 * offline; the decisions (`openapi/DECISIONS.md`) and each mock's `BEHAVIOUR.md` as pages; and
 * `dist/docs/index.html` linking to all of them. No page asks another host for anything (the docs
 * test records every request in Chromium).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { API_REGISTRY } from '../src/apiRegistry.ts';
import { inlineRedocAttribution } from './docs/inlineRedocAttribution.ts';
import { renderMarkdownPage, type MarkdownPage } from './docs/renderMarkdownPage.ts';
import { REFERENCE_PAGE_POLICY, STATIC_PAGE_POLICY, withContentSecurityPolicy } from './docs/withContentSecurityPolicy.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const outDir = join(repoRoot, 'dist/docs');
const published = API_REGISTRY.documents.filter((a) => a.publishDocs);
/** The behaviour decisions: the one record (DECISIONS.md) and what each mock implements of it. */
const markdownPages: readonly MarkdownPage[] = [
  { source: 'openapi/DECISIONS.md', page: 'decisions.html', title: 'Decisions: what the documents and the mocks chose, and why' },
  ...API_REGISTRY.apis.map((api) => ({
    source: `src/${api.name}/mock/BEHAVIOUR.md`,
    page: `${api.name}-behaviour.html`,
    title: `${api.shortName} mock: behaviour`,
  })),
];

await mkdir(outDir, { recursive: true });
await Promise.all(
  published.map((api) =>
    promisify(execFile)(
      join(repoRoot, 'node_modules/.bin/redocly'),
      ['build-docs', api.name, '--inlineBundle', '--title', api.title, '-o', join(outDir, `${api.name}.html`)],
      { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
    ).then(async () => {
      const file = join(outDir, `${api.name}.html`);
      await writeFile(file, withContentSecurityPolicy(inlineRedocAttribution(await readFile(file, 'utf8')), REFERENCE_PAGE_POLICY));
    }),
  ),
);
for (const page of markdownPages) {
  await writeFile(join(outDir, page.page), renderMarkdownPage(await readFile(join(repoRoot, page.source), 'utf8'), page, markdownPages));
}

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
<h2>Behaviour decisions</h2>
<ul>
${markdownPages.map((page) => `<li><a href="./${page.page}">${escape(page.title)}</a></li>`).join('\n')}
</ul>
</body>
</html>
`;
await writeFile(join(outDir, 'index.html'), withContentSecurityPolicy(index, STATIC_PAGE_POLICY));
console.log(`docs written to dist/docs/: index.html, ${[...published.map((a) => `${a.name}.html`), ...markdownPages.map((p) => p.page)].join(', ')}`);
