import { productionDocuments } from '../../runtime/production-documents.js';
import { createGetHandler } from './preferences-handlers.js';

export const handler = createGetHandler(productionDocuments);
