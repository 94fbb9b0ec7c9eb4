import bundled from '../../../generated/mock-control.openapi.json' with { type: 'json' };
import type { OpenApiDocument } from '../openapi/types.ts';

/**
 * The bundled mock-control document (`generated/mock-control.openapi.json`: `/__mock/reset`,
 * `/__mock/clock` and each API's own control operations) as a JSON module, for the runtimes that
 * read no file (the MSW handlers in a browser). Shared: never change it.
 *
 * @example
 *   const control = compileOperations(MOCK_CONTROL_DOCUMENT, 'mock-control');
 */
export const MOCK_CONTROL_DOCUMENT = bundled as unknown as OpenApiDocument;
