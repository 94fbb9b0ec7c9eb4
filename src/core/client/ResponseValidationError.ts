import type { SchemaViolation } from '../openapi/SchemaViolation.ts';

/** One response that does not match its document, as the validation middleware reports it. */
export interface ResponseViolationReport {
  /** `listDevices`, ..., or `undefined` when no operation of the document matches the request. */
  readonly operationId: string | undefined;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly contentType: string | undefined;
  /** The parsed JSON body (the text when it is not JSON, `undefined` when empty). */
  readonly body: unknown;
  /** Every violation, not only the first. */
  readonly violations: readonly SchemaViolation[];
}

/**
 * Thrown by the response-validation middleware (`createResponseValidation`, default mode) when a
 * response does not match the status, content type or body schema its operation declares; the
 * client call rejects with it instead of returning `{ data }` or `{ error }`. Meant for development
 * and tests, where a server (or mock) that breaks the contract should fail loudly.
 *
 * Carries: `report`, with the operation, the request, the status, the body and every violation;
 * the message lists the violations too.
 *
 * @example
 *   await expect(client.GET('/devices')).rejects.toBeInstanceOf(ResponseValidationError);
 */
export class ResponseValidationError extends Error {
  override readonly name = 'ResponseValidationError';
  readonly report: ResponseViolationReport;

  constructor(report: ResponseViolationReport) {
    const where = report.operationId ?? `${report.method} ${report.url}`;
    const list = report.violations.map((v) => `${v.path} ${v.message}`).join('; ');
    super(`Response ${report.status} of ${where} does not match the document: ${list}`);
    this.report = report;
  }
}
