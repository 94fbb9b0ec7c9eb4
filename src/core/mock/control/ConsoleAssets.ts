/** One file of the web console. */
export interface ConsoleAsset {
  readonly contentType: string;
  readonly text: string;
}

/**
 * The web console's files (`src/console/`), served under `/__mock/` by the control API; the Node
 * adapter reads them from disk (`src/console/readConsoleAssets.ts`). `index.html` is the page.
 *
 * @example
 *   assets.get('console.js'); // { contentType: 'text/javascript; charset=utf-8', text: '...' }
 */
export interface ConsoleAssets {
  get(file: string): ConsoleAsset | undefined;
}

/** Another mock of the same process, for the console's overview (`GET /__mock/mocks`). */
export interface MockPeer {
  /** The API's registry name. */
  readonly api: string;
  /** `http://127.0.0.1:4011` */
  readonly origin: string;
  /** Where the document's paths hang (`http://127.0.0.1:4010/api/v1`). */
  readonly url: string;
}
