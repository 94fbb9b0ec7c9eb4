import bundled from '../../generated/agora-classroom.openapi.json' with { type: 'json' };
import type { OpenApiDocument } from '../core/openapi/types.ts';

/**
 * The bundled Agora Flexible Classroom document (`generated/agora-classroom.openapi.json`, written
 * by `npm run generate`) as a JSON module: bundlers inline it, so the mock reads no file and runs in
 * a browser as in Node. Shared: never change it.
 *
 * @example
 *   AGORA_CLASSROOM_DOCUMENT.servers?.[0]?.url; // 'https://api.agora.io'
 */
export const AGORA_CLASSROOM_DOCUMENT = bundled as unknown as OpenApiDocument;
