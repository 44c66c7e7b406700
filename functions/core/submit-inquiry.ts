import { createHash } from 'node:crypto';
import { type Category, sectionOf } from './categories.js';
import { ReferenceTaken } from './errors.js';
import type { Inquiry } from './inquiry.js';
import type { Clock, CreatedInquiry, InquiryRepository, ReviewWorkflow } from './ports.js';
import type { Reference } from './reference.js';
import type { Resident } from './resident.js';
import { RESPONSE_WORKING_DAYS, type WorkingCalendar, toRiyadhIso } from './working-calendar.js';

export interface SubmitInquiryDeps {
  inquiries: InquiryRepository;
  clock: Clock;
  calendar: WorkingCalendar;
  newReference: () => Reference;
  workflow: Pick<ReviewWorkflow, 'start'>;
}

export interface InquiryRequest {
  category: Category;
  description: string;
}

/** How long a replay with the same Idempotency-Key returns the first result. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** With 55 random bits a clash is all but impossible; a few redraws make it impossible to fail on. */
const REFERENCE_ATTEMPTS = 3;

const fingerprintOf = (request: InquiryRequest): string =>
  createHash('sha256').update(JSON.stringify([request.category, request.description])).digest('base64url');

export const submitInquiry = async (
  deps: SubmitInquiryDeps,
  resident: Resident,
  request: InquiryRequest,
  idempotencyKey?: string,
): Promise<CreatedInquiry> => {
  const now = deps.clock();
  const claim = idempotencyKey
    ? { key: idempotencyKey, fingerprint: fingerprintOf(request), expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS) }
    : undefined;
  for (let attempt = 1; ; attempt++) {
    const inquiry: Inquiry = {
      reference: deps.newReference(),
      residentId: resident.id,
      category: request.category,
      section: sectionOf(request.category),
      description: request.description,
      status: 'SUBMITTED',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      expectedResponseBy: toRiyadhIso(deps.calendar.addWorkingDays(now, RESPONSE_WORKING_DAYS)),
      contact: { phone: resident.phone, locale: resident.locale },
      timeline: [{ at: now.toISOString(), status: 'SUBMITTED', actor: 'resident' }],
    };
    let created: CreatedInquiry;
    try {
      created = await deps.inquiries.create(inquiry, claim);
    } catch (error) {
      if (!(error instanceof ReferenceTaken) || attempt >= REFERENCE_ATTEMPTS) throw error;
      continue;
    }
    // Started on every replay too: if a start failed before, the retry with the same key repairs it.
    await deps.workflow.start(created.inquiry.reference);
    return created;
  }
};
