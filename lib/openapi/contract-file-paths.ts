/**
 * Where the generated contract is kept, relative to the project root: beside what the
 * infrastructure and the functions agree on. The generator writes these files; the local runtime
 * serves the document and the tests check answers against it.
 */
export const CONTRACT_FILES = {
  document: 'functions/contract/openapi.json',
  types: 'functions/contract/openapi-types.d.ts',
} as const;

/** The operations a path item of an OpenAPI document may hold, by their keys. */
export const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
