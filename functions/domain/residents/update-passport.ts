import { riyadhToday } from '../shared/calendar-date.js';
import { DependentNotFound, NewerPassportHeld, ValidationFailed } from '../shared/errors.js';
import type { IdempotentOperation } from '../shared/idempotency.js';
import { idempotent } from '../shared/idempotency.js';
import type { DocumentChangeDeps, DocumentDeps } from './document-deps.js';
import { normalizePassportNumber, type PassportUpdate, passportRefusals } from './passport-rules.js';
import type { Resident } from './resident.js';
import { documentIdFor, type Holder, type ReminderContact, type ResidentDocument } from './resident-document.js';
import { contactFromSignIn, type ResidentProfile, reminderContactOf } from './resident-profile.js';

/**
 * Whose passport is recorded, and by whom: the resident for themselves (or a dependent), or their
 * establishment for them. Either way the same rules judge it and its reminders follow it.
 */
export interface PassportRecording {
  iqamaNumber: string;
  /** Whose Idempotency-Keys these are: the signed-in caller, or the establishment of a bulk file. */
  owner: string;
  operation: Extract<IdempotentOperation, 'UpdatePassport' | 'UpdateEmployeePassport' | 'UpdateEmployeePassportInBulk'>;
  source: Exclude<ResidentDocument['source'], 'REGISTER'>;
  /** Where reminders go when the holder has no profile yet: the resident's own sign-in. */
  contactWithoutProfile?: ReminderContact;
  /** The holder's profile, when the caller has read it in this request already: it is not read again. */
  profile?: ResidentProfile;
}

/**
 * Records a renewed passport for a resident or one of their dependents. The old passport's record
 * takes the new number and dates, so its reminders follow the new expiry date. A replay answers
 * with that record as it is now.
 * @throws ValidationFailed when the passport is refused, DependentNotFound for an unknown dependent,
 * NewerPassportHeld when an establishment's passport would replace the resident's own longer-valid one
 */
export const recordPassport = async (
  deps: DocumentChangeDeps,
  recording: PassportRecording,
  update: PassportUpdate & { dependentId?: string },
  idempotencyKey?: string,
): Promise<{ document: ResidentDocument; replayed: boolean }> => {
  const now = deps.clock();
  const { iqamaNumber } = recording;
  // One establishment's key names one employee's update: the same key and body for another is another request.
  const request = recording.operation === 'UpdatePassport' ? update : { iqamaNumber, ...update };
  const keyed = { key: idempotencyKey, owner: recording.owner, operation: recording.operation, request, now };
  const { result, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const refusals = passportRefusals(update, riyadhToday(now));
      if (refusals.length > 0) throw new ValidationFailed(refusals);
      const profile = recording.profile ?? (await deps.register.profile(iqamaNumber));
      const holder = await holderOf(deps, iqamaNumber, update.dependentId);
      const document: ResidentDocument = {
        iqamaNumber,
        documentId: documentIdFor(iqamaNumber, holder, 'PASSPORT', update.passportNumber),
        type: 'PASSPORT',
        number: normalizePassportNumber(update.passportNumber),
        issuedOn: update.issueDate,
        expiresOn: update.expiryDate,
        holder,
        contact:
          profile || !recording.contactWithoutProfile ? reminderContactOf(profile) : recording.contactWithoutProfile,
        source: recording.source,
      };
      const outcome = await deps.register.upsert(document, claim?.(document.documentId));
      if (outcome === 'keptNewer') throw new NewerPassportHeld('The holder recorded a passport valid for longer');
      return document;
    },
    replay: async (documentId) => {
      const document = (await deps.register.documentsOf(iqamaNumber)).find(
        (candidate) => candidate.documentId === documentId,
      );
      if (!document) throw new Error('Idempotency claim points at a missing document');
      return document;
    },
  });
  return { document: result, replayed };
};

/** The passport update service, for the signed-in resident's own passport or a dependent's. */
export const updatePassport = (
  deps: DocumentChangeDeps,
  resident: Resident,
  update: PassportUpdate & { dependentId?: string },
  idempotencyKey?: string,
) =>
  recordPassport(
    deps,
    {
      iqamaNumber: resident.iqamaNumber,
      owner: resident.id,
      operation: 'UpdatePassport',
      source: 'RESIDENT',
      contactWithoutProfile: contactFromSignIn(resident),
    },
    update,
    idempotencyKey,
  );

/** The dependent as the register knows them: a caller cannot invent one by naming an identifier. */
const holderOf = async (deps: DocumentDeps, iqamaNumber: string, dependentId: string | undefined): Promise<Holder> => {
  if (dependentId === undefined) return { kind: 'RESIDENT' };
  const documents = await deps.register.documentsOf(iqamaNumber);
  const known = documents.find(
    (document) => document.holder.kind === 'DEPENDENT' && document.holder.dependentId === dependentId,
  );
  if (!known) throw new DependentNotFound('No dependent with this identifier');
  return known.holder;
};
