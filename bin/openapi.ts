import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../lib/aws/project-context.js';
import { CONTRACT_FILES } from '../lib/openapi/contract-file-paths.js';
import { contractFiles } from '../lib/openapi/contract-files.js';

/** `npm run openapi`: regenerates the API's contract from the handlers' schemas and the route table. */
const files = await contractFiles();
for (const [name, path] of Object.entries(CONTRACT_FILES)) {
  writeFileSync(join(PROJECT_ROOT, path), files[name as keyof typeof CONTRACT_FILES]);
  console.log(`wrote ${path}`);
}
