/**
 * The slice of the OpenAPI 3.1 object model this project reads at run time. Schemas stay opaque
 * (`JsonSchema`): ajv compiles them, nothing else walks them.
 */
export type JsonSchema = Record<string, unknown> | boolean;

export interface OpenApiReference {
  $ref: string;
}

export interface ExampleObject {
  summary?: string;
  value?: unknown;
  'x-seed'?: string;
}

export interface MediaTypeObject {
  schema?: JsonSchema;
  examples?: Record<string, ExampleObject | OpenApiReference>;
  example?: unknown;
}

export interface HeaderObject {
  required?: boolean;
  schema?: JsonSchema;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, HeaderObject | OpenApiReference>;
  content?: Record<string, MediaTypeObject>;
}

export interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface RequestBodyObject {
  required?: boolean;
  content: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  tags?: string[];
  summary?: string;
  parameters?: (ParameterObject | OpenApiReference)[];
  requestBody?: RequestBodyObject | OpenApiReference;
  responses: Record<string, ResponseObject | OpenApiReference>;
  security?: Record<string, string[]>[];
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type PathItemObject = { parameters?: (ParameterObject | OpenApiReference)[] } & {
  [M in HttpMethod]?: OperationObject;
};

export interface SecuritySchemeObject {
  type: string;
  name?: string;
  in?: string;
}

export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string };
  servers?: { url: string; variables?: Record<string, { default: string; enum?: string[] }> }[];
  paths: Record<string, PathItemObject>;
  components?: {
    schemas?: Record<string, JsonSchema>;
    responses?: Record<string, ResponseObject | OpenApiReference>;
    parameters?: Record<string, ParameterObject | OpenApiReference>;
    examples?: Record<string, ExampleObject | OpenApiReference>;
    requestBodies?: Record<string, RequestBodyObject | OpenApiReference>;
    headers?: Record<string, HeaderObject | OpenApiReference>;
    securitySchemes?: Record<string, SecuritySchemeObject>;
  };
  security?: Record<string, string[]>[];
}
