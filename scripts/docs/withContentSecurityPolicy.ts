/**
 * What a reference page may load: its own inline viewer and styles, `data:`/`blob:` images, fonts and
 * workers, and nothing from any host (`connect-src 'none'`, no `default-src`). The docs test shows
 * that no page requests anything today; the policy keeps it so for what the test does not click
 * (a reader's browser refuses, and reports, any request to another host). `'unsafe-eval'` because the
 * viewer's bundle compiles code at run time.
 */
export const REFERENCE_PAGE_POLICY =
  "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; worker-src blob:; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** A page with no script at all (the index, the Markdown pages). */
export const STATIC_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * Puts a Content-Security-Policy `<meta>` first in the page's `<head>`, before any script can run.
 *
 * @example
 *   writeFileSync(file, withContentSecurityPolicy(html, REFERENCE_PAGE_POLICY));
 */
export function withContentSecurityPolicy(html: string, policy: string): string {
  if (!/<head>/i.test(html)) throw new Error('the page has no <head> to put its Content-Security-Policy in');
  return html.replace(/<head>/i, `<head>\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
}
