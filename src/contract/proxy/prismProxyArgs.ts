import { bundledDocumentPath } from '../../core/openapi/loadDocument.ts';
import type { ContractApi } from '../runContract.ts';

export interface ProxyOptions {
  readonly api: ContractApi;
  /** The real or sandbox server, with the API's base path (`https://app.anyclassroom.com/api/v1`). */
  readonly upstream: string;
  readonly host: string;
  readonly port: number;
  /**
   * `true` (default): an answer that violates the document becomes a 500 problem+json listing the
   * violations, so the frontend's end-to-end run fails on it; `false`: it only flags them (the
   * `sl-violations` header and Prism's log).
   */
  readonly errors: boolean;
}

/**
 * The arguments of `prism proxy` for an API: the bundled document from `generated/`, the upstream,
 * and `--errors` so violations fail the client's run (toolchain facts: invalid requests get 422 and
 * missing credentials 401 without reaching the upstream; undeclared statuses pass with a warning).
 *
 * @example
 *   prismProxyArgs({ api: 'anyclassroom', upstream: 'https://app.anyclassroom.com/api/v1', host: '127.0.0.1', port: 4020, errors: true });
 *   // ['proxy', '/.../generated/anyclassroom.openapi.json', 'https://app.anyclassroom.com/api/v1', '--host', '127.0.0.1', '--port', '4020', '--errors']
 */
export function prismProxyArgs(options: ProxyOptions): string[] {
  return [
    'proxy',
    bundledDocumentPath(options.api),
    options.upstream,
    '--host',
    options.host,
    '--port',
    String(options.port),
    ...(options.errors ? ['--errors'] : []),
  ];
}
