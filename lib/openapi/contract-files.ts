import openapiTS, { astToString } from 'openapi-typescript';
import { PROJECT_ROOT } from '../aws/project-context.js';
import { CONTRACT_FILES } from './contract-file-paths.js';
import { openApiDocument } from './openapi-document.js';

const TYPES_HEADER = `/**
 * The API's types, generated from ${CONTRACT_FILES.document} by \`npm run openapi\`: do not edit.
 * Clients (the end-to-end tests, the web console) use them with openapi-fetch.
 */
`;

/** The contract's files as `npm run openapi` writes them: the OpenAPI document and the client's types. */
export const contractFiles = async (): Promise<Record<keyof typeof CONTRACT_FILES, string>> => {
  const document = openApiDocument();
  // openapi-typescript reads the document it is given as a value; its own types are those of OpenAPI 3.0.
  const types = astToString(
    await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { cwd: PROJECT_ROOT }),
  );
  return { document: `${JSON.stringify(document, null, 2)}\n`, types: TYPES_HEADER + types };
};
