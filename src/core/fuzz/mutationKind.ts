/**
 * The kind of a mutation label, without the parameter or header it hit, for counting:
 * `auth:x-agora-token:missing` is `auth:missing`, `query:per_page:hostile` is `query:hostile`,
 * `auth:two-modes:authorization` is `auth:two-modes`; labels without a name stay as they are.
 *
 * @example
 *   mutationKind('path:roomUuid:raw'); // 'path:raw'
 */
export function mutationKind(label: string): string {
  const parts = label.split(':');
  if (parts.length < 3) return label;
  if (parts[1] === 'two-modes') return `${parts[0]}:two-modes`;
  return `${parts[0]}:${parts.slice(2).join(':')}`;
}
