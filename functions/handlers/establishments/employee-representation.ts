import * as v from 'valibot';
import type { EmployeeDocument } from '../../domain/establishments/ports.js';
import { DOCUMENT_TYPES, type ResidentDocument } from '../../domain/residents/resident-document.js';
import { documentView } from '../../http/document-representation.js';

export const IqamaNumberSchema = v.pipe(
  v.string(),
  v.description("The employee's iqama number, in full: the establishment holds it already."),
);

/** One of an employee's own documents, as their establishment sees it: the resident's own view of it. */
const EmployeeDocumentSchema = v.pipe(
  v.object({
    documentId: v.string(),
    type: v.picklist(DOCUMENT_TYPES),
    number: v.pipe(v.string(), v.description('Masked: all but the last three symbols are shown as •.')),
    expiresOn: v.pipe(v.string(), v.isoDate()),
    expiresOnHijri: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
    issuedOn: v.optional(v.pipe(v.string(), v.isoDate())),
    issuedOnHijri: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
    daysLeft: v.pipe(v.number(), v.integer()),
    status: v.picklist(['VALID', 'EXPIRING', 'EXPIRED']),
  }),
  v.title('EmployeeDocument'),
);

export const EmployeeDocumentRowSchema = v.pipe(
  v.object({ iqamaNumber: IqamaNumberSchema, document: EmployeeDocumentSchema }),
  v.title('EmployeeDocumentRow'),
);

export const EmployeeSchema = v.pipe(
  v.object({ iqamaNumber: IqamaNumberSchema, documents: v.array(EmployeeDocumentSchema) }),
  v.title('Employee'),
);

/** The resident's own view of the document, less the holder (always the employee). */
export const employeeDocumentView = (
  document: EmployeeDocument | ResidentDocument,
  now: Date,
): v.InferOutput<typeof EmployeeDocumentSchema> => {
  const { holder: _holder, ...view } = documentView(
    { ...document, holder: { kind: 'RESIDENT' } } as ResidentDocument,
    now,
  );
  return view;
};
