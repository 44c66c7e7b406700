import { productionDocuments } from '../../runtime/production-documents.js';
import { createPutHandler } from './preferences-handlers.js';

export const handler = createPutHandler(productionDocuments);
