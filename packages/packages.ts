/**
 * The published packages: what `npm run pack` (`scripts/pack.ts`) builds into each tarball. Each
 * package's own manifest (name, description, exports, bin) is `packages/<dir>/package.json`; this
 * list says which source files become which bundles and which files travel with them.
 *
 * A package's `dependencies` are not written by hand: they are the packages its bundles import (read
 * from esbuild's metafile), at the ranges of the root `package.json`. So a client that started to
 * import ajv would list it, and the test on the manifests would fail.
 *
 * @example
 *   for (const spec of PACKAGES) console.log(spec.dir, Object.keys(spec.entries));
 */
export interface PackageSpec {
  /** `packages/<dir>/`: package.json and README.md. */
  readonly dir: string;
  /** Output name (`dist/<name>.js`) to the source entry point, relative to the repository root. */
  readonly entries: Readonly<Record<string, string>>;
  /**
   * Entries whose own imports (beyond the other entries') become optional peer dependencies
   * instead of dependencies: the clients' `validation` entry, so that installing a client for the
   * browser pulls openapi-fetch only.
   */
  readonly optionalEntries?: readonly string[];
  /** `browser` bundles must not reach a Node built-in (esbuild refuses `node:*` there). */
  readonly platform: 'browser' | 'node';
  /** Entries of a `node` package built for the browser platform instead (the mock's in-browser handlers). */
  readonly browserEntries?: readonly string[];
  /** Entries that are commands (`bin` in the manifest): a `#!/usr/bin/env node` line is added. */
  readonly commands?: readonly string[];
  /** Files copied at the same relative path (the mock and the kit find them from their package root). */
  readonly assets?: readonly string[];
  /** Packages a bundle needs without importing them (the kit spawns Prism's CLI by its path). */
  readonly extraDependencies?: readonly string[];
}

export const PACKAGES: readonly PackageSpec[] = [
  {
    dir: 'anyclassroom-client',
    entries: { index: 'src/anyclassroom/client/index.ts', validation: 'src/anyclassroom/client/validation.ts' },
    optionalEntries: ['validation'],
    platform: 'browser',
  },
  {
    dir: 'agora-classroom-client',
    entries: { index: 'src/agora-classroom/client/index.ts', validation: 'src/agora-classroom/client/validation.ts' },
    optionalEntries: ['validation'],
    platform: 'browser',
  },
  {
    dir: 'mock',
    // `browser`: the in-browser MSW handlers, built for the browser platform (a Node built-in fails
    // the pack); msw is an optional peer (the app brings its own msw and its service worker).
    entries: { index: 'packages/mock/src/index.ts', cli: 'src/mock/cli.ts', browser: 'src/msw/index.ts' },
    browserEntries: ['browser'],
    optionalEntries: ['browser'],
    commands: ['cli'],
    platform: 'node',
    assets: ['generated/anyclassroom.openapi.json', 'generated/agora-classroom.openapi.json', 'generated/mock-control.openapi.json', 'mocks/*.seed.json', 'mocks/scenarios/*.json', 'src/console/index.html', 'src/console/console.js', 'src/console/console.css'],
    // `--agora-app-certificate` loads agora-token's AccessToken2 reader with createRequire, out of the bundler's sight.
    extraDependencies: ['agora-token'],
  },
  {
    dir: 'contract',
    entries: { index: 'packages/contract/src/index.ts', cli: 'src/contract/cli.ts', 'proxy-cli': 'src/contract/proxyCli.ts' },
    commands: ['cli', 'proxy-cli'],
    platform: 'node',
    assets: ['generated/anyclassroom.openapi.json', 'generated/agora-classroom.openapi.json', 'generated/mock-control.openapi.json', 'contract/*/*.arazzo.yaml'],
    extraDependencies: ['@stoplight/prism-cli'],
  },
];
