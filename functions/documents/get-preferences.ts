import { productionDocuments } from '../adapters/production-documents.js';
import { createGetHandler } from './preferences.js';

export const handler = createGetHandler(productionDocuments);
