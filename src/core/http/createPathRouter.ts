/** One route: a method, an OpenAPI path template (`/devices/{anydeskId}/temporal`) and what it leads to. */
export interface PathRoute<T> {
  readonly method: string;
  readonly template: string;
  readonly value: T;
}

/** A found route: its value and its path values (percent-decoded), named as in its own template. */
export interface PathMatch<T> {
  readonly value: T;
  readonly params: Record<string, string>;
}

export interface PathRouter<T> {
  /** The route of `method` for `path` (a pathname, no query), or `null`. */
  find(method: string, path: string): PathMatch<T> | null;
}

interface Node<T> {
  readonly literals: Map<string, Node<T>>;
  param: Node<T> | null;
  /** The route ending here, with the names of its parameter segments in order. */
  leaf: { readonly value: T; readonly names: readonly string[] } | null;
}

const newNode = <T>(): Node<T> => ({ literals: new Map(), param: null, leaf: null });

/**
 * The mock's router: a tree of path segments per method, compiled once from the document's path
 * templates. Written for the browser (find-my-way, which it replaced, requires `node:assert`) and
 * checked against find-my-way's answers on every path of the three documents
 * (`test/core/http/createPathRouter.test.ts`). The rules, as find-my-way applied them with the
 * options the mock used:
 * - one trailing slash is ignored; matching is case-sensitive;
 * - each segment is percent-decoded before it is compared, so an escaped slash (`%2F`) stays inside
 *   its path value; a segment that does not decode matches nothing;
 * - a template parameter takes one non-empty segment of at most `maxParamLength` characters;
 * - a literal segment wins over a parameter, and the search backtracks to the parameter when the
 *   literal leads to no route (`/widgets/poll/sequences` and `/widgets/{id}/sequences`).
 *
 * @example
 *   const router = createPathRouter([{ method: 'GET', template: '/devices/{anydeskId}', value: 'getDevice' }]);
 *   router.find('GET', '/devices/lab1%40ad'); // { value: 'getDevice', params: { anydeskId: 'lab1@ad' } }
 */
export function createPathRouter<T>(routes: readonly PathRoute<T>[], options: { readonly maxParamLength?: number } = {}): PathRouter<T> {
  const maxParamLength = options.maxParamLength ?? 65_536;
  const trees = new Map<string, Node<T>>();
  for (const route of routes) {
    let node = trees.get(route.method) ?? newNode<T>();
    trees.set(route.method, node);
    const names: string[] = [];
    // A template's one trailing slash is ignored too (`/__mock/` is `/__mock`), as a request's is.
    const template = route.template.length > 1 && route.template.endsWith('/') ? route.template.slice(0, -1) : route.template;
    for (const segment of template.split('/').slice(1)) {
      const param = /^\{([^}]+)\}$/.exec(segment);
      if (param) {
        names.push(param[1]!);
        node = node.param ??= newNode<T>();
      } else {
        const next = node.literals.get(segment) ?? newNode<T>();
        node.literals.set(segment, next);
        node = next;
      }
    }
    if (node.leaf) throw new Error(`createPathRouter: ${route.method} ${route.template} is declared twice`);
    node.leaf = { value: route.value, names };
  }

  const search = (node: Node<T>, segments: readonly string[], at: number, values: string[]): PathMatch<T> | null => {
    if (at === segments.length) {
      if (!node.leaf) return null;
      const params: Record<string, string> = {};
      node.leaf.names.forEach((name, i) => (params[name] = values[i]!));
      return { value: node.leaf.value, params };
    }
    const segment = segments[at]!;
    const literal = node.literals.get(segment);
    const found = literal ? search(literal, segments, at + 1, values) : null;
    if (found || !node.param || segment === '' || segment.length > maxParamLength) return found;
    values.push(segment);
    const viaParam = search(node.param, segments, at + 1, values);
    values.pop();
    return viaParam;
  };

  return {
    find(method, path) {
      const tree = trees.get(method);
      if (!tree || path.charCodeAt(0) !== 47) return null;
      const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
      const segments = trimmed.split('/');
      for (let i = 1; i < segments.length; i++) {
        const raw = segments[i]!;
        if (!raw.includes('%')) continue;
        try {
          segments[i] = decodeURIComponent(raw);
        } catch {
          return null;
        }
      }
      return search(tree, segments, 1, []);
    },
  };
}
