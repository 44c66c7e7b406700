import { productionDocuments } from '../adapters/production-documents.js';
import { createPutHandler } from './preferences.js';

export const handler = createPutHandler(productionDocuments);
