import { HttpStatus, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiProduces, DECORATORS } from '@nestjs/swagger';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import generated from './response-schemas.generated.json';

/**
 * The success answer of an operation, declared once on the handler and written into the OpenAPI
 * document. The shapes are the interfaces of libs/shared (the front ends' types), generated into
 * response-schemas.generated.json by `npm run openapi:schemas` (docs/api-contract.md).
 *
 *   @ApiResult('WorkerResponse')                      200/201 with a WorkerResponse
 *   @ApiResult('WorkerResponse', { page: true })      Page<WorkerResponse>
 *   @ApiResult('RegionNode', { array: true })         RegionNode[]
 *   @ApiResult('ArchiveResponse', { nullable: true }) ArchiveResponse | null
 *   @ApiNoContent()                                   no body (204, or an empty 200/201)
 *   @ApiFileResult(XLSX_MIME)                         a file download
 *
 * The status is the one Nest answers with (@HttpCode, else 201 for POST and 200 otherwise), read
 * when the document is built, so the decorators may stand in any order.
 */
export type ResponseSchemaName = keyof typeof generated.schemas;

export interface ApiResultOptions {
  /** Page<T>: { items: T[], total, page, pageSize }. */
  page?: boolean;
  /** T[]. */
  array?: boolean;
  /** T | null. */
  nullable?: boolean;
  description?: string;
  /** A second success status the handler sets itself (a repeat answering 200 instead of 201). */
  status?: number;
}

type Result = { status?: number; description: string } & (
  { kind: 'json'; schema: SchemaObject | ReferenceObject } | { kind: 'file'; mimes: string[] } | { kind: 'empty' }
);

const API_RESULT = 'steadywork:api-result';
const API_RESPONSE = DECORATORS.API_RESPONSE;
const declared = new Set<object>();

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export function resultSchema(name: ResponseSchemaName, options: ApiResultOptions = {}): SchemaObject | ReferenceObject {
  let schema: SchemaObject | ReferenceObject = ref(name);
  if (options.array) schema = { type: 'array', items: schema };
  if (options.page) {
    // Page<T>: the generated Page (T as `{}`) with its items typed
    const page = generated.schemas.Page as SchemaObject;
    schema = { ...page, properties: { ...page.properties, items: { type: 'array', items: schema } } };
  }
  if (options.nullable) schema = { allOf: [schema], nullable: true };
  return schema;
}

function declare(result: Result): MethodDecorator {
  return (_target, _key, descriptor) => {
    const results = (Reflect.getMetadata(API_RESULT, descriptor.value as object) ?? []) as Result[];
    Reflect.defineMetadata(API_RESULT, [...results, result], descriptor.value as object);
    declared.add(descriptor.value as object);
  };
}

export function ApiResult(name: ResponseSchemaName, options: ApiResultOptions = {}): MethodDecorator {
  const shape = `${options.page ? `Page<${name}>` : name}${options.array ? '[]' : ''}${options.nullable ? ' | null' : ''}`;
  return declare({
    kind: 'json',
    schema: resultSchema(name, options),
    description: options.description ?? shape,
    status: options.status,
  });
}

/** No body: the handler's status (a 204 route), or `status` beside another result (a 204 it sets itself). */
export function ApiNoContent(description = 'No content', status?: number): MethodDecorator {
  return declare({ kind: 'empty', description, status });
}

/** A file answered with one of these media types (binary). */
export function ApiFileResult(mime: string | string[], description = 'The file'): MethodDecorator {
  const mimes = Array.isArray(mime) ? mime : [mime];
  return (target, key, descriptor) => {
    ApiProduces(...mimes)(target, key, descriptor);
    declare({ kind: 'file', mimes, description })(target, key, descriptor);
  };
}

function successStatus(handler: object): number {
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  if (code) return code;
  return Reflect.getMetadata(METHOD_METADATA, handler) === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK;
}

/** Writes the declared results as @nestjs/swagger response metadata; call before createDocument. */
export function applyApiResults(): void {
  for (const handler of declared) {
    const responses = { ...(Reflect.getMetadata(API_RESPONSE, handler) as Record<string, unknown> | undefined) };
    for (const result of Reflect.getMetadata(API_RESULT, handler) as Result[]) {
      responses[result.status ?? successStatus(handler)] =
        result.kind === 'json'
          ? { description: result.description, schema: result.schema }
          : result.kind === 'file'
            ? { description: result.description, schema: { type: 'string', format: 'binary' } }
            : { description: result.description };
    }
    Reflect.defineMetadata(API_RESPONSE, responses, handler);
  }
}

/** The generated response schemas, added to the document's components (a name clash is a bug). */
export function addResponseSchemas(document: OpenAPIObject): OpenAPIObject {
  const components = (document.components ??= {});
  const schemas = (components.schemas ??= {});
  for (const [name, schema] of Object.entries(generated.schemas)) {
    if (name in schemas) throw new Error(`OpenAPI: the schema ${name} is both a DTO and a libs/shared type`);
    schemas[name] = schema as SchemaObject;
  }
  return document;
}
