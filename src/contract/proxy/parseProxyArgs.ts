import { parseArgs } from 'node:util';
import { CONTRACT_APIS, type ContractApi } from '../runContract.ts';
import type { ProxyOptions } from './prismProxyArgs.ts';

export const PROXY_HELP = `Usage: npm run contract:proxy -- --api API --upstream URL [options]
       (installed from @classroom-toolkit/contract: classroom-contract-proxy --api API ...)

Starts Prism's validating proxy in front of a real or sandbox server. Point a frontend's end-to-end
tests at it: requests are checked against the API's document and forwarded; an answer that violates
the document becomes a 500 problem+json listing the violations, so the run fails.

  --api API          anyclassroom | agora-classroom                env CONTRACT_API
  --upstream URL     the server, with the API's base path          env CONTRACT_UPSTREAM
                     (https://app.anyclassroom.com/api/v1, https://api.agora.io)
  --host HOST        interface to listen on (default 127.0.0.1)
  --port N           port (default 4020)                           env CONTRACT_PROXY_PORT
  --flag-only        only flag violations (sl-violations header, log) instead of failing requests
  --help             show this text

Clients call the proxy with the document's paths directly under it: http://127.0.0.1:4020/devices
(no /api/v1), http://127.0.0.1:4020/edu/apps/{appId}/v2/rooms/{roomUuid}.`;

export type ParsedProxyArgs = { readonly kind: 'help' } | { readonly kind: 'usage'; readonly message: string } | { readonly kind: 'run'; readonly options: ProxyOptions };

/**
 * Reads the proxy command's flags, with environment variables as alternatives (flags win).
 *
 * @example
 *   parseProxyArgs(['--api', 'anyclassroom', '--upstream', 'https://app.anyclassroom.com/api/v1'], {});
 *   // { kind: 'run', options: { api: 'anyclassroom', upstream: '...', host: '127.0.0.1', port: 4020, errors: true } }
 */
export function parseProxyArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ParsedProxyArgs {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        api: { type: 'string' },
        upstream: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        'flag-only': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    return { kind: 'usage', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const api = (values.api as string | undefined) ?? env.CONTRACT_API;
  if (!api || !CONTRACT_APIS.includes(api as ContractApi)) return { kind: 'usage', message: `--api must be ${CONTRACT_APIS.join(' or ')}` };
  const upstream = (values.upstream as string | undefined) ?? env.CONTRACT_UPSTREAM;
  if (!upstream || !/^https?:\/\/[^/]/.test(upstream)) return { kind: 'usage', message: '--upstream must be an http(s) URL' };
  const portText = (values.port as string | undefined) ?? env.CONTRACT_PROXY_PORT ?? '4020';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return { kind: 'usage', message: `--port must be 0 to 65535, got "${portText}"` };
  return {
    kind: 'run',
    options: { api: api as ContractApi, upstream, host: (values.host as string | undefined) ?? '127.0.0.1', port, errors: values['flag-only'] !== true },
  };
}
