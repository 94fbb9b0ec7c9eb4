/** What a client asked for in its `Prefer` header (Prism's conventions, plus `delay`). */
export interface Preferences {
  /** `code=404`: answer with that documented status (via Prism). */
  readonly code?: number;
  /** `example=name`: answer with that named example (via Prism). */
  readonly example?: string;
  /** `dynamic=true`: answer with data generated from the schema (via Prism). */
  readonly dynamic?: boolean;
  /** `delay=250`: wait that many milliseconds before answering. */
  readonly delayMs?: number;
}

/** Longest delay a `Prefer: delay=` may ask for; anything longer is clamped. */
export const MAX_DELAY_MS = 60_000;

/**
 * Parses a `Prefer` header (RFC 7240 preferences, comma- or semicolon-separated, as Prism accepts
 * them). Unknown or malformed preferences are ignored, as the RFC asks.
 *
 * @example
 *   parsePrefer('code=404, delay=100'); // { code: 404, delayMs: 100 }
 */
export function parsePrefer(header: string | undefined): Preferences {
  if (!header) return {};
  const out: { code?: number; example?: string; dynamic?: boolean; delayMs?: number } = {};
  for (const part of header.split(/[,;]/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (key === 'code' && /^[1-5]\d\d$/.test(value)) out.code = Number(value);
    else if (key === 'example' && value) out.example = value;
    else if (key === 'dynamic') out.dynamic = value === 'true';
    else if (key === 'delay' && /^\d{1,9}$/.test(value)) out.delayMs = Math.min(Number(value), MAX_DELAY_MS);
  }
  return out;
}

/** Whether the client asked for Prism's spec-driven answer instead of the stateful one. */
export const wantsPrism = (p: Preferences): boolean => p.code !== undefined || p.example !== undefined || p.dynamic === true;
