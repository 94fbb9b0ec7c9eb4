import type { Store } from '../../store/Store.ts';
import type { MockResponse } from '../types.ts';
import { controlError, type ControlCall } from './ControlContext.ts';

/**
 * `GET /__mock/state` (each table of the API's state with its row count) and
 * `GET /__mock/state/{table}` (a page of its rows, keys and values, in the table's order). Read
 * only, and generic: the tables are whatever the API's state keeps (ARCHITECTURE.md, "State"), so
 * the core names no API. Rows are shown as JSON (byte arrays as hex, maps as objects).
 *
 * @example
 *   stateOperation(store, 'anyclassroom', 'default', { operationId: 'getMockStateTable', path: { table: 'devices' }, query: { limit: 20, offset: 0 }, body: undefined });
 */
export function stateOperation(store: Store, api: string, scenario: string, call: ControlCall): MockResponse | undefined {
  switch (call.operationId) {
    case 'getMockState':
      return { status: 200, body: { api, scenario, tables: store.tableNames().map((name) => ({ name, rows: store.findTable(name)!.size })) } };
    case 'getMockStateTable': {
      const name = call.path.table as string;
      const table = store.findTable(name);
      if (!table) return controlError(404, `No table "${name}" in the ${api} mock's state.`, [`tables: ${store.tableNames().join(', ')}`]);
      const { offset, limit } = call.query as { offset: number; limit: number };
      const rows: { key: string; value: unknown }[] = [];
      let i = 0;
      for (const [key, value] of table.entries()) {
        if (i++ < offset) continue;
        if (rows.length >= limit) break;
        rows.push({ key, value: toJsonValue(value) });
      }
      return { status: 200, body: { api, table: name, total: table.size, offset, rows } };
    }
    default:
      return undefined;
  }
}

/** A row as JSON values only: what `JSON.stringify` would drop or mangle made readable. */
function toJsonValue(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof Uint8Array) return [...v].map((b) => b.toString(16).padStart(2, '0')).join('');
      if (v instanceof Map) return Object.fromEntries(v);
      if (v instanceof Set) return [...v];
      if (typeof v === 'bigint') return v.toString();
      return v;
    }) ?? 'null',
  );
}
