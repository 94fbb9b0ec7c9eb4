import type { ResponseViolationReport } from '../client/ResponseValidationError.ts';

/**
 * What `npm run record` hands an API's recording session: the server, the credentials from the
 * flags or the environment, and the options. The session makes its calls through the API's typed
 * client with response validation; nock's recorder captures them.
 */
export interface RecordSession {
  /** Where the document's paths hang (`https://app.anyclassroom.com/api/v1`, `https://api.agora.io/eu`). */
  readonly baseUrl: string;
  /** By key: `token` (`--token`), `appId` (`--app-id`), `uid` (`--uid`), each also from the environment. */
  readonly credentials: Readonly<Record<string, string | undefined>>;
  /** Also make the calls that change state. */
  readonly mutating: boolean;
  /** A resource to read (`--room`), for the APIs that take one. */
  readonly room?: string | undefined;
  readonly onViolation: (report: ResponseViolationReport) => void;
}

/**
 * Thrown by a recording session when an option it needs is missing (`--app-id`); the script prints
 * the usage and exits 2.
 *
 * @example
 *   if (!session.credentials.appId) throw new RecordUsageError('--app-id and --uid are required for Agora');
 */
export class RecordUsageError extends Error {
  override readonly name = 'RecordUsageError';
}
