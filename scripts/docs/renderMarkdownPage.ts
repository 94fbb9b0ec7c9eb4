import { Marked, type Tokens } from 'marked';
import { STATIC_PAGE_POLICY, withContentSecurityPolicy } from './withContentSecurityPolicy.ts';

/** One Markdown file of the repository published as a page of the docs. */
export interface MarkdownPage {
  /** The file, relative to the repository root (`openapi/DECISIONS.md`). */
  readonly source: string;
  /** The page written next to the reference pages (`decisions.html`). */
  readonly page: string;
  readonly title: string;
}

/**
 * GitHub's heading anchor (github-slugger): lower case, punctuation dropped except `-` and `_`,
 * spaces turned into `-`; a repeated slug gets `-1`, `-2`. The Markdown files link to each other's
 * entries this way (`DECISIONS.md#ac-12-anydeskid-accepts-an-alias`), so the pages keep the same ids.
 *
 * @example
 *   githubSlug('AC-1. `classroom` printed as an array', new Map()); // 'ac-1-classroom-printed-as-an-array'
 */
export function githubSlug(text: string, seen: Map<string, number>): string {
  const base = text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
  const count = seen.get(base) ?? 0;
  seen.set(base, count + 1);
  return count === 0 ? base : `${base}-${count}`;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Renders one Markdown file as a self-contained HTML page: no script, no request to any host (its
 * Content-Security-Policy allows nothing but inline styles). Links to the other published
 * Markdown files point at their pages, anchors included; a link to any other file of the repository
 * (source code, seeds) is not published, so only its text is kept.
 *
 * @example
 *   renderMarkdownPage(readFileSync('openapi/DECISIONS.md', 'utf8'), pages[0], pages);
 */
export function renderMarkdownPage(markdown: string, page: MarkdownPage, published: readonly MarkdownPage[]): string {
  const seen = new Map<string, number>();
  const sourceDir = page.source.split('/').slice(0, -1);
  const pageOf = (href: string): string | undefined => {
    const [path, anchor] = href.split('#') as [string, string | undefined];
    if (path === '') return `#${anchor ?? ''}`;
    const parts = [...sourceDir];
    for (const segment of path.split('/')) {
      if (segment === '..') parts.pop();
      else if (segment !== '.') parts.push(segment);
    }
    const target = published.find((p) => p.source === parts.join('/'));
    return target ? `./${target.page}${anchor ? `#${anchor}` : ''}` : undefined;
  };

  const marked = new Marked({
    gfm: true,
    renderer: {
      heading(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Heading) {
        const id = githubSlug(token.text.replace(/`/g, ''), seen);
        return `<h${token.depth} id="${escapeHtml(id)}">${this.parser.parseInline(token.tokens)}</h${token.depth}>\n`;
      },
      link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        if (/^[a-z]+:/i.test(token.href)) return `<a href="${escapeHtml(token.href)}" rel="noreferrer">${text}</a>`;
        const href = pageOf(token.href);
        return href === undefined ? text : `<a href="${escapeHtml(href)}">${text}</a>`;
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  return withContentSecurityPolicy(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<nav><a href="./index.html">Classroom API reference</a></nav>
<main>
${body}</main>
</body>
</html>
`, STATIC_PAGE_POLICY);
}

const PAGE_STYLE = [
  'body{font-family:system-ui,sans-serif;line-height:1.55;margin:0;color:#1f2328}',
  'nav{padding:.6rem 1.5rem;border-bottom:1px solid #d0d7de;background:#f6f8fa}',
  'main{max-width:52rem;margin:0 auto;padding:1rem 1.5rem 4rem}',
  'code{font-family:ui-monospace,monospace;font-size:.9em;background:#f6f8fa;padding:.1em .3em;border-radius:4px}',
  'pre{background:#f6f8fa;padding:.8rem;overflow:auto;border-radius:6px}pre code{padding:0;background:none}',
  'table{border-collapse:collapse;margin:1rem 0;display:block;overflow:auto}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;vertical-align:top}',
  'h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}h3{margin-top:2rem}',
  'a{color:#0969da}',
].join('');
