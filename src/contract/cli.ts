/**
 * `npm run contract`: verifies a server against an API's OpenAPI document and its Arazzo scenarios.
 *
 *   npm run contract -- --api anyclassroom --base-url http://127.0.0.1:4010/api/v1 --token ac-dev-token
 *   npm run contract -- --api agora-classroom --base-url http://127.0.0.1:4011 --app-id ID --token T --uid U
 *
 * Exit 0 when the server conforms, 1 when it does not, 2 on a usage error. `--help` lists the flags.
 */
import { contractMain } from './main.ts';

process.exitCode = await contractMain(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
