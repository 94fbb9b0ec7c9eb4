/** Writes what the page found (or why it failed) into `#result`, where the test reads it. */
export function show(run: () => Promise<unknown>): void {
  const target = document.querySelector('#result')!;
  run().then(
    (summary) => (target.textContent = JSON.stringify(summary)),
    (error: unknown) => (target.textContent = JSON.stringify({ failure: String(error) })),
  );
}

/** The page's settings, from its query string: the mock's URL and the credentials it was started with. */
export const settings = new URLSearchParams(location.search);
