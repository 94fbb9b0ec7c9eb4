/**
 * `npm run contract:proxy`: Prism's validating proxy in front of a real or sandbox server, for a
 * frontend's end-to-end tests. Runs until Ctrl-C. Exit 2 on a usage error, 1 when Prism cannot start.
 *
 *   npm run contract:proxy -- --api anyclassroom --upstream https://app.anyclassroom.com/api/v1
 */
import { parseProxyArgs, PROXY_HELP } from './proxy/parseProxyArgs.ts';
import { startPrismProxy } from './proxy/startPrismProxy.ts';

const parsed = parseProxyArgs(process.argv.slice(2), process.env);
if (parsed.kind === 'help') {
  console.log(PROXY_HELP);
} else if (parsed.kind === 'usage') {
  console.error(`error: ${parsed.message}\n\n${PROXY_HELP}`);
  process.exitCode = 2;
} else {
  const proxy = await startPrismProxy(parsed.options, (text) => process.stdout.write(text));
  if (proxy.kind === 'failed') {
    console.error(`error: ${proxy.message}`);
    process.exitCode = 1;
  } else {
    console.log(`\nValidating proxy for ${parsed.options.api}: ${proxy.url} -> ${parsed.options.upstream}${parsed.options.errors ? ' (violations answer 500)' : ' (violations flagged only)'}. Ctrl-C stops.`);
    let stopping = false;
    const stop = () => {
      stopping = true;
      void proxy.close().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    proxy.child.once('exit', (code) => {
      if (stopping) return;
      console.error(`prism proxy exited on its own (code ${code})`);
      process.exit(1);
    });
  }
}
