import * as v from 'valibot';
import { CATEGORY_CODES } from '../domain/inquiries/categories.js';
import { text } from './validation.js';

const DESCRIPTION_LIMITS = { min: 10, max: 4000 } as const;

/** What an inquiry is filed with, by the resident or by an establishment for them. */
export const INQUIRY_REQUEST_FIELDS = {
  category: v.picklist(CATEGORY_CODES),
  description: text(DESCRIPTION_LIMITS),
};
