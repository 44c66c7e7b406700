import { InquiryNotFound, ValidationFailed } from '../core/errors.js';
import type { InquiryRepository } from '../core/ports.js';
import { parseReference } from '../core/reference.js';
import { production } from '../adapters/production.js';
import { json, localeOf } from '../http/api-event.js';
import { apiHandler } from '../http/api-handler.js';
import { residentOf } from '../http/identity.js';
import { inquiryDetail } from './representation.js';

export const createHandler = (deps: { inquiries: InquiryRepository }) =>
  apiHandler(async (event) => {
    const resident = residentOf(event);
    const reference = parseReference(event.pathParameters?.reference ?? '');
    if (!reference) throw new ValidationFailed([{ pointer: '/path/reference', code: 'invalid_reference' }]);
    const inquiry = await deps.inquiries.findForResident(resident.id, reference);
    if (!inquiry) throw new InquiryNotFound('No such inquiry for this resident');
    return json(200, inquiryDetail(inquiry, localeOf(event)));
  });

export const handler = createHandler(production);
