import type { DocumentType, ResidentDocument } from '../residents/resident-document.js';
import type { CalendarDate } from '../shared/calendar-date.js';

/** One of an employee's own documents as an establishment's list shows it: no dependent's, no contact. */
export type EmployeeDocument = Pick<
  ResidentDocument,
  'iqamaNumber' | 'documentId' | 'type' | 'number' | 'expiresOn' | 'issuedOn'
>;

export interface EmployeeDocumentPage {
  items: EmployeeDocument[];
  nextCursor?: string;
}

/** The documents establishments' employees hold, by the establishment their register line names. */
export interface EmployeeDirectory {
  /**
   * The documents of the establishment's employees, the soonest expiry first, a page at a time: one
   * index partition read, whatever the establishment's size. The index follows the register a
   * moment late, so a caller checks each row's current sponsor.
   * @throws ValidationFailed when the cursor is not one given for this very list
   */
  documentsByExpiry(
    establishmentId: string,
    query: { expiresBy?: CalendarDate; documentType?: DocumentType; limit: number; cursor?: string },
  ): Promise<EmployeeDocumentPage>;
}
