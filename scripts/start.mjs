/**
 * `npm start`: builds the mock's bundle when its sources changed (`build-mock.mjs`), then runs it in
 * this process (`dist/mock/cli.js`, which reads the command line). On a warm machine with nothing
 * edited the build step is a look at the sources' modification times, so the mock answers about as
 * soon as Node has started.
 */
import { pathToFileURL } from 'node:url';
import { ensureMockBuilt } from './build-mock.mjs';

await ensureMockBuilt();
await import(pathToFileURL(new URL('../dist/mock/cli.js', import.meta.url).pathname).href);
