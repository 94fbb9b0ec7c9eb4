import { listOperations } from '../../openapi/listOperations.ts';
import type { OpenApiDocument } from '../../openapi/types.ts';

/** Where a request path leads in a document, by the oracle's reading of it. */
export type DocumentRoute =
  | {
      readonly kind: 'operation';
      readonly operationId: string;
      /** The path in the document's path space, still percent-encoded (`/devices/lab1%40ad`). */
      readonly apiPath: string;
      /** Path parameter values, percent-decoded. */
      readonly params: Readonly<Record<string, string>>;
    }
  | { readonly kind: 'methodNotAllowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'notFound' }
  /** A path parameter's escapes decode to no text (`%ED%A0%80`, `%ZZ`). */
  | { readonly kind: 'brokenEscape' };

interface Template {
  readonly operationId: string;
  readonly method: string;
  /** `null` marks a parameter segment, named in `names`. */
  readonly segments: readonly (string | null)[];
  readonly names: readonly string[];
}

/**
 * The oracle's own router over a document, written from the OpenAPI rules and independent of the
 * mock's (find-my-way): the base paths are those of the document's `servers` (every value of a
 * server variable's `enum`), a template segment `{name}` takes one non-empty path segment, a literal
 * segment must be equal (case-sensitive), a concrete path wins over a templated one (OpenAPI 3.1,
 * Paths Object), and a HEAD is answered as the GET of the same path (RFC 9110 9.3.2).
 *
 * @example
 *   const router = createDocumentRouter(doc);
 *   router.route('GET', '/api/v1/devices/123'); // { kind: 'operation', operationId: 'getDevice', params: { anydeskId: '123' }, ... }
 */
export function createDocumentRouter(doc: OpenApiDocument) {
  const basePaths = serverBasePaths(doc);
  const templates: Template[] = listOperations(doc).map((listed) => {
    // A template's own trailing slash (the mock's console, `/__mock/`) is the path without it, as
    // paths are read with their trailing slash ignored.
    const raw = (listed.pathTemplate.length > 1 ? listed.pathTemplate.replace(/\/+$/, '') : listed.pathTemplate).split('/').slice(1);
    return {
      operationId: listed.operationId,
      method: listed.method.toUpperCase(),
      segments: raw.map((s) => (/^\{[^}]+\}$/.test(s) ? null : s)),
      names: raw.filter((s) => /^\{[^}]+\}$/.test(s)).map((s) => s.slice(1, -1)),
    };
  });

  const matching = (apiPath: string): { template: Template; values: string[] }[] => {
    const parts = apiPath.split('/').slice(1);
    const found: { template: Template; values: string[] }[] = [];
    for (const template of templates) {
      if (template.segments.length !== parts.length) continue;
      const values: string[] = [];
      const fits = template.segments.every((literal, i) => {
        const part = parts[i]!;
        if (literal === null) {
          values.push(part);
          return part.length > 0;
        }
        return literal === part;
      });
      if (fits) found.push({ template, values });
    }
    return found;
  };

  return {
    basePaths,
    /** The path in the document's path space, or `null` when no server's base path starts it. */
    toApiPath(pathname: string): string | null {
      for (const base of basePaths) {
        if (base === '' && pathname.startsWith('/')) return pathname;
        if (pathname.startsWith(`${base}/`)) return pathname.slice(base.length);
      }
      return null;
    },
    route(method: string, apiPath: string): DocumentRoute {
      const candidates = matching(apiPath);
      if (candidates.length === 0) return { kind: 'notFound' };
      const lookup = method === 'HEAD' && !candidates.some((c) => c.template.method === 'HEAD') ? 'GET' : method;
      const forMethod = candidates.filter((c) => c.template.method === lookup).sort((a, b) => specificity(b.template) - specificity(a.template));
      const best = forMethod[0];
      if (!best) {
        const allowed = [...new Set(candidates.map((c) => c.template.method))];
        if (allowed.includes('GET') && !allowed.includes('HEAD')) allowed.push('HEAD');
        return { kind: 'methodNotAllowed', allowed };
      }
      const params: Record<string, string> = {};
      for (const [i, name] of best.template.names.entries()) {
        try {
          params[name] = decodeURIComponent(best.values[i]!);
        } catch {
          return { kind: 'brokenEscape' };
        }
      }
      return { kind: 'operation', operationId: best.template.operationId, apiPath, params };
    },
  };
}

export type DocumentRouter = ReturnType<typeof createDocumentRouter>;

/** Literal segments before the first parameter count most: `/widgets/poll/sequences` beats `/widgets/{id}/sequences`. */
function specificity(template: Template): number {
  return template.segments.reduce<number>((score, s, i) => score + (s === null ? 0 : 2 ** (template.segments.length - i)), 0);
}

/**
 * The path prefixes of the document's servers, longest first: `https://app.anyclassroom.com/api/v1`
 * gives `/api/v1`; `https://api.agora.io/{region}` with `enum [cn, ap, eu, na]` gives `/cn` ... `/na`.
 */
function serverBasePaths(doc: OpenApiDocument): string[] {
  const out = new Set<string>();
  for (const server of doc.servers ?? [{ url: '/' }]) {
    let urls = [server.url];
    for (const [name, variable] of Object.entries(server.variables ?? {})) {
      const values = variable.enum ?? [variable.default];
      urls = urls.flatMap((u) => values.map((v) => u.replaceAll(`{${name}}`, v)));
    }
    for (const u of urls) out.add(new URL(u, 'http://server.invalid').pathname.replace(/\/+$/, ''));
  }
  return [...out].sort((a, b) => b.length - a.length);
}
