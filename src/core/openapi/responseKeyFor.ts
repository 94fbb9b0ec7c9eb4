/**
 * The key of the Responses Object that describes an answer with `status`, as OpenAPI selects it: the
 * exact code first, then its range (`4XX`), then `default`; `undefined` when none is declared. The
 * mock's response check, the contract kit and its coverage all select through this.
 *
 * @example
 *   responseKeyFor(422, (key) => key in operation.responses); // '422', or '4XX', or 'default'
 */
export function responseKeyFor(status: number, isDeclared: (key: string) => boolean): string | undefined {
  const exact = String(status);
  if (isDeclared(exact)) return exact;
  const range = `${exact[0]}XX`;
  if (isDeclared(range)) return range;
  return isDeclared('default') ? 'default' : undefined;
}
