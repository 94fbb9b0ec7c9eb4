/**
 * Redoc's sidebar footer ("API docs by Redocly") loads its logo from Redocly's CDN when a page opens,
 * and Redoc has no option to leave it out. The published pages must ask no other host for anything
 * (issue 12), so the two logo URLs of the inlined viewer are replaced by an inline SVG of the name.
 * Throws when the viewer no longer holds them, so that an upgrade of Redocly that moves the logo is
 * noticed here (and the docs test then shows whatever it requests instead).
 *
 * @example
 *   writeFileSync(file, inlineRedocAttribution(readFileSync(file, 'utf8')));
 */
export function inlineRedocAttribution(html: string): string {
  let replaced = 0;
  const result = html.replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, (_url, full: string | undefined) => {
    replaced++;
    return full ? LOGO_FULL : LOGO_MINI;
  });
  if (replaced === 0) throw new Error('the Redoc bundle no longer references cdn.redoc.ly/redoc/logo-mini*.svg: check what its footer loads now');
  return result;
}

/** `data:` URLs (no request): the word "Redocly" and, collapsed, its initial. No quote or backtick, so they fit any string literal. */
const svg = (width: number, text: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' width='${width}' height='16' viewBox='0 0 ${width} 16'><text x='0' y='13' font-family='sans-serif' font-size='13' font-weight='600' fill='#555'>${text}</text></svg>`)}`;
const LOGO_FULL = svg(56, 'Redocly');
const LOGO_MINI = svg(12, 'R');
