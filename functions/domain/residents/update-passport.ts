import { riyadhToday } from '../shared/calendar-date.js';
import { DependentNotFound, ValidationFailed } from '../shared/errors.js';
import { idempotent } from '../shared/idempotency.js';
import type { DocumentChangeDeps, DocumentDeps } from './document-deps.js';
import { normalizePassportNumber, type PassportUpdate, passportRefusals } from './passport-rules.js';
import type { Resident } from './resident.js';
import { documentIdFor, type Holder, type ResidentDocument } from './resident-document.js';
import { contactFromSignIn, reminderContactOf } from './resident-profile.js';

/**
 * Records a renewed passport for the resident or one of their dependents. The old passport's record
 * takes the new number and dates, so its reminders follow the new expiry date. A replay answers
 * with that record as it is now.
 * @throws ValidationFailed when the passport is refused, DependentNotFound for an unknown dependent
 */
export const updatePassport = async (
  deps: DocumentChangeDeps,
  resident: Resident,
  update: PassportUpdate & { dependentId?: string },
  idempotencyKey?: string,
): Promise<{ document: ResidentDocument; replayed: boolean }> => {
  const now = deps.clock();
  const keyed = { key: idempotencyKey, owner: resident.id, operation: 'UpdatePassport' as const, request: update, now };
  const { result, replayed } = await idempotent(deps.claims, keyed, {
    apply: async (claim) => {
      const refusals = passportRefusals(update, riyadhToday(now));
      if (refusals.length > 0) throw new ValidationFailed(refusals);
      const profile = await deps.register.profile(resident.iqamaNumber);
      const holder = await holderOf(deps, resident, update.dependentId);
      const document: ResidentDocument = {
        iqamaNumber: resident.iqamaNumber,
        documentId: documentIdFor(resident.iqamaNumber, holder, 'PASSPORT', update.passportNumber),
        type: 'PASSPORT',
        number: normalizePassportNumber(update.passportNumber),
        issuedOn: update.issueDate,
        expiresOn: update.expiryDate,
        holder,
        contact: profile ? reminderContactOf(profile) : contactFromSignIn(resident),
        source: 'RESIDENT',
      };
      await deps.register.upsert(document, claim?.(document.documentId));
      return document;
    },
    replay: async (documentId) => {
      const document = (await deps.register.documentsOf(resident.iqamaNumber)).find(
        (candidate) => candidate.documentId === documentId,
      );
      if (!document) throw new Error('Idempotency claim points at a missing document');
      return document;
    },
  });
  return { document: result, replayed };
};

/** The dependent as the register knows them: a resident cannot invent one by naming an identifier. */
const holderOf = async (deps: DocumentDeps, resident: Resident, dependentId: string | undefined): Promise<Holder> => {
  if (dependentId === undefined) return { kind: 'RESIDENT' };
  const documents = await deps.register.documentsOf(resident.iqamaNumber);
  const known = documents.find(
    (document) => document.holder.kind === 'DEPENDENT' && document.holder.dependentId === dependentId,
  );
  if (!known) throw new DependentNotFound('No dependent with this identifier');
  return known.holder;
};
