import bundled from '../../generated/anyclassroom.openapi.json' with { type: 'json' };
import type { OpenApiDocument } from '../core/openapi/types.ts';

/**
 * The bundled AnyClassroom document (`generated/anyclassroom.openapi.json`, written by
 * `npm run generate`) as a JSON module: bundlers inline it, so the mock reads no file and runs in a
 * browser as in Node. Shared: never change it.
 *
 * @example
 *   ANYCLASSROOM_DOCUMENT.servers?.[0]?.url; // 'https://app.anyclassroom.com/api/v1'
 */
export const ANYCLASSROOM_DOCUMENT = bundled as unknown as OpenApiDocument;
