import type { Resident } from '../residents/resident.js';
import type { Clock } from '../shared/clock.js';
import { ReferenceTaken } from '../shared/errors.js';
import { type IdempotencyClaims, type IdempotentOperation, idempotent } from '../shared/idempotency.js';
import { RESPONSE_WORKING_DAYS, toRiyadhIso, type WorkingCalendar } from '../shared/working-calendar.js';
import type { PublishedProcessingTimes } from '../stats/ports.js';
import { typicalWorkingDays } from '../stats/processing-times.js';
import { type Category, sectionOf } from './categories.js';
import type { Actor, Contact, EstablishmentSubmission, Inquiry } from './inquiry.js';
import type { CreatedInquiry, InquiryRepository } from './ports.js';
import type { Reference } from './reference.js';

export interface SubmitInquiryDeps {
  inquiries: InquiryRepository;
  clock: Clock;
  calendar: WorkingCalendar;
  newReference: () => Reference;
  claims: IdempotencyClaims;
  /** The published processing times, for the inquiry's typical response date; without them it has none. */
  processingTimes?: PublishedProcessingTimes;
}

export interface InquiryRequest {
  category: Category;
  description: string;
}

/** With 55 random bits a clash is all but impossible; a few redraws make it impossible to fail on. */
const REFERENCE_ATTEMPTS = 3;

/** Who files an inquiry, whose it becomes and where its SMS go: the resident, or an establishment for them. */
export interface InquiryFiling {
  /** Whose idempotency keys these are: the signed-in caller, or the establishment of a bulk file. */
  caller: string;
  operation: Extract<IdempotentOperation, 'SubmitInquiry' | 'SubmitEmployeeInquiry' | 'SubmitEmployeeInquiryInBulk'>;
  ownerId: string;
  contact: Contact;
  actor: Extract<Actor, 'resident' | 'establishment'>;
  submittedBy?: EstablishmentSubmission;
}

const residentFiling = (resident: Resident): InquiryFiling => ({
  caller: resident.id,
  operation: 'SubmitInquiry',
  ownerId: resident.id,
  contact: { phone: resident.phone, locale: resident.locale },
  actor: 'resident',
});

/** Stores the inquiry once per key; the same key with another request, or for another employee, is refused. */
export const fileInquiry = async (
  deps: SubmitInquiryDeps,
  filing: InquiryFiling,
  request: InquiryRequest,
  idempotencyKey?: string,
): Promise<CreatedInquiry> => {
  const now = deps.clock();
  const keyed = {
    key: idempotencyKey,
    owner: filing.caller,
    operation: filing.operation,
    request: [request.category, request.description, ...(filing.submittedBy ? [filing.submittedBy.iqamaNumber] : [])],
    now,
  };
  const { result: inquiry, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const typicalResponseBy = await typicalResponseDate(deps, request.category, now);
      for (let attempt = 1; ; attempt++) {
        const inquiry = { ...newInquiry(deps, filing, request, now), ...typicalResponseBy };
        try {
          await deps.inquiries.create(inquiry, claim?.(inquiry.reference));
          return inquiry;
        } catch (error) {
          if (!(error instanceof ReferenceTaken) || attempt >= REFERENCE_ATTEMPTS) throw error;
        }
      }
    },
    replay: async (reference) => {
      const inquiry = await deps.inquiries.findByReference(reference as Reference);
      if (inquiry?.residentId !== filing.ownerId) throw new Error('Idempotency claim points at a missing inquiry');
      return inquiry;
    },
  });
  // Stored is submitted: the table's stream starts the review, and the daily reconciliation any it missed.
  return { inquiry, replayed };
};

export const submitInquiry = (
  deps: SubmitInquiryDeps,
  resident: Resident,
  request: InquiryRequest,
  idempotencyKey?: string,
): Promise<CreatedInquiry> => fileInquiry(deps, residentFiling(resident), request, idempotencyKey);

/**
 * The submission date plus the working days within which most inquiries of its type were decided
 * lately: stored with the inquiry, so that a replay answers the same date whatever was published since.
 */
const typicalResponseDate = async (
  deps: SubmitInquiryDeps,
  category: Category,
  now: Date,
): Promise<{ typicalResponseBy?: string }> => {
  const workingDays = typicalWorkingDays(await deps.processingTimes?.latest(), category);
  return workingDays === undefined
    ? {}
    : { typicalResponseBy: toRiyadhIso(deps.calendar.addWorkingDays(now, workingDays)) };
};

const newInquiry = (deps: SubmitInquiryDeps, filing: InquiryFiling, request: InquiryRequest, now: Date): Inquiry => ({
  reference: deps.newReference(),
  residentId: filing.ownerId,
  ...(filing.submittedBy && { submittedBy: filing.submittedBy }),
  category: request.category,
  section: sectionOf(request.category),
  description: request.description,
  status: 'SUBMITTED',
  createdAt: now.toISOString(),
  updatedAt: now.toISOString(),
  expectedResponseBy: toRiyadhIso(deps.calendar.addWorkingDays(now, RESPONSE_WORKING_DAYS)),
  contact: filing.contact,
  timeline: [{ at: now.toISOString(), status: 'SUBMITTED', actor: filing.actor }],
});
