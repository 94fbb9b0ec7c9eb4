import type { SchemaViolation } from '../../openapi/createSchemaValidator.ts';

/**
 * What a response violation is about: an undeclared status, an undeclared content type, a missing
 * body, the body's schema, or a declared response header (absent when required, or against its schema).
 */
export type ResponseViolationKind = 'status' | 'contentType' | 'missingBody' | 'schema' | 'header';

/**
 * A response's departure from the document. For `header`, `header` names the header as the document
 * writes it and `path`/`segments` point inside its (coerced) value; `params.missingProperty` is set
 * when a required header is absent.
 */
export interface ResponseViolation extends SchemaViolation {
  readonly kind: ResponseViolationKind;
  readonly header?: string;
}
