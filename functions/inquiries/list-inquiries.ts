import { z } from 'zod';
import type { InquiryRepository } from '../core/ports.js';
import { production } from '../adapters/production.js';
import { json, localeOf } from '../http/api-event.js';
import { apiHandler } from '../http/api-handler.js';
import { residentOf } from '../http/identity.js';
import { parseInput } from '../http/validation.js';
import { inquirySummary } from './representation.js';

export const PAGE_LIMITS = { default: 20, max: 100 } as const;

const ListQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(PAGE_LIMITS.max).default(PAGE_LIMITS.default),
  cursor: z.string().min(1).max(1024).optional(),
});

export const createHandler = (deps: { inquiries: InquiryRepository }) =>
  apiHandler(async (event) => {
    const resident = residentOf(event);
    const query = parseInput(ListQuery, event.queryStringParameters ?? {}, '/query');
    const page = await deps.inquiries.listForResident(resident.id, query);
    const locale = localeOf(event);
    return json(200, {
      items: page.items.map((inquiry) => inquirySummary(inquiry, locale)),
      ...(page.nextCursor && { nextCursor: page.nextCursor }),
    });
  });

export const handler = createHandler(production);
