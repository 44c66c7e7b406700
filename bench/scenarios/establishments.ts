import { randomBytes } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { attachmentItemKey, establishmentContactKey } from '../../functions/adapters/shared/item-keys.js';
import { INQUIRY_TABLE_KEYS, RESIDENT_TABLE_KEYS } from '../../functions/contract/table-layouts.js';
import { contactShardOf } from '../../functions/domain/establishments/establishment-contact.js';
import { employeeOwnerId } from '../../functions/domain/inquiries/inquiry-owner.js';
import { generateReference } from '../../functions/domain/inquiries/reference.js';
import { PAGE_LIMITS } from '../../functions/http/page-query.js';
import { apiEvent, jsonEvent } from '../../test/support/api-events.js';
import { concurrently, dynamodb, type Step } from '../baselines/sdk-plan.js';
import { rekeyed } from '../support/bench-fixtures.js';
import { textAt } from '../support/function-answers.js';
import {
  type BenchEstablishmentStaff,
  type BenchResident,
  benchEstablishmentStaff,
  benchResident,
} from '../support/residents.js';
import { pendingUploadCalls, uploadRequestOf } from './attachments.js';
import {
  askedForMore,
  changeOfCopies,
  idempotencyKey,
  inquiryKey,
  NOTE,
  readInquiry,
  replyWrites,
} from './inquiry-states.js';
import { snapshotRead } from './processing-times.js';
import {
  claimedDocumentWrite,
  documentsQuery,
  employerQuery,
  imported,
  inDays,
  profileRead,
  storedDocuments,
} from './resident-records.js';
import type { Bench, Scenario } from './scenario.js';

/**
 * Establishments acting for their employees (/v1/establishment/employees): residents whose register
 * lines name the establishment, put in place through ImportRegister, and a staff member's token.
 */

/** Seven employees, three own documents each: a full first page (PAGE_LIMITS.default rows) that names all seven. */
const lister = {
  staff: benchEstablishmentStaff(1),
  employees: Array.from({ length: 7 }, (_, i) => benchResident(20 + i)),
};
const reader = { staff: benchEstablishmentStaff(2), employee: benchResident(27) };
/** The writer changes an employee's records: the function and the baseline each get an employee of their own. */
const renewer = { staff: benchEstablishmentStaff(3), own: benchResident(28), theirs: benchResident(29) };

/** Filing for an employee, listing what was filed, reading one: each with an establishment and employee of its own. */
const filer = { staff: benchEstablishmentStaff(4), employee: benchResident(30) };
const filingsLister = { staff: benchEstablishmentStaff(5), employees: [benchResident(31), benchResident(32)] };
const filingReader = { staff: benchEstablishmentStaff(6), employee: benchResident(33) };
const replier = { staff: benchEstablishmentStaff(7), employee: benchResident(34) };
const attacher = { staff: benchEstablishmentStaff(8), employee: benchResident(35) };

const filingEvent = (staff: BenchEstablishmentStaff, employee: BenchResident, headers: Record<string, string> = {}) =>
  jsonEvent(
    {
      iqamaNumber: employee.iqamaNumber,
      category: 'GENERAL_INQUIRY',
      description: 'Renewal of the work visa, please.',
    },
    { claims: staff.claims, headers },
  );

const filed = async (bench: Bench, staff: BenchEstablishmentStaff, employee: BenchResident): Promise<string> =>
  textAt(await bench.invokeApi('SubmitEmployeeInquiry', filingEvent(staff, employee)), 'reference');

/** How many of the establishment's documents the employer index holds, read as the list reads it. */
const indexedDocuments = async (bench: Bench, establishmentId: string) => {
  const { Items = [] } = await bench.db.send(
    new QueryCommand({
      TableName: bench.tables.residents,
      IndexName: RESIDENT_TABLE_KEYS.byEmployerIndex,
      KeyConditionExpression: '#employer = :employer',
      ExpressionAttributeNames: { '#employer': RESIDENT_TABLE_KEYS.employer },
      ExpressionAttributeValues: { ':employer': establishmentId },
    }),
  );
  return Items.length;
};

/**
 * A staff member's first call in a container reads the establishment's contact beside the route
 * (its reference answer stored it already, so nothing is written).
 */
export const besideStaffSignIn = (bench: Bench, staff: BenchEstablishmentStaff, steps: Step[]): Step[] => [
  concurrently([
    [
      dynamodb('GetCommand', {
        TableName: bench.tables.residents,
        Key: establishmentContactKey(contactShardOf(staff.establishmentId), staff.establishmentId),
      }),
    ],
    steps,
  ]),
];

export const ESTABLISHMENT_SCENARIOS: Scenario[] = [
  {
    // Whether the register names the establishment as the employer, then the inquiry stored as the employee's.
    fn: 'SubmitEmployeeInquiry',
    staff: filer.staff,
    firstRequestReads: (bench) => [snapshotRead(bench)],
    prepare: async (bench) => {
      await imported(bench, [filer.employee], { establishmentId: filer.staff.establishmentId });
      const reference = await filed(bench, filer.staff, filer.employee);
      const stored = await bench.item(bench.tables.inquiries, inquiryKey(reference));
      return {
        event: async () => filingEvent(filer.staff, filer.employee),
        calls: async () => [
          profileRead(bench, filer.employee.iqamaNumber),
          dynamodb('PutCommand', {
            TableName: bench.tables.inquiries,
            Item: rekeyed(stored, reference, generateReference()),
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ],
      };
    },
  },
  {
    // The establishment's index, newest first, then whether each one it was filed for is still its employee.
    fn: 'ListEmployeeInquiries',
    staff: filingsLister.staff,
    prepare: async (bench) => {
      await imported(bench, filingsLister.employees, { establishmentId: filingsLister.staff.establishmentId });
      for (let i = 0; i < 12; i++) await filed(bench, filingsLister.staff, filingsLister.employees[i % 2]!);
      return {
        event: async () => apiEvent({ claims: filingsLister.staff.claims, query: { limit: '10' } }),
        calls: async () => [
          dynamodb('QueryCommand', {
            TableName: bench.tables.inquiries,
            IndexName: INQUIRY_TABLE_KEYS.byEstablishmentIndex,
            KeyConditionExpression: '#establishment = :establishment',
            ExpressionAttributeNames: { '#establishment': INQUIRY_TABLE_KEYS.submittingEstablishment },
            ExpressionAttributeValues: { ':establishment': filingsLister.staff.establishmentId },
            ScanIndexForward: false,
            Limit: 10,
          }),
          concurrently(filingsLister.employees.map((employee) => [profileRead(bench, employee.iqamaNumber)])),
        ],
      };
    },
  },
  {
    // The filing, whether its employee still works there, then the reply stored with its claim and the workflow resumed.
    fn: 'ReplyToEmployeeInquiry',
    staff: replier.staff,
    prepare: async (bench) => {
      await imported(bench, [replier.employee], { establishmentId: replier.staff.establishmentId });
      const reference = await filed(bench, replier.staff, replier.employee);
      await askedForMore(bench, reference);
      return changeOfCopies(
        bench,
        reference,
        (copy) =>
          jsonEvent(
            { message: NOTE },
            { claims: replier.staff.claims, pathParameters: { reference: copy }, headers: idempotencyKey() },
          ),
        (copy, before, at) => [
          profileRead(bench, replier.employee.iqamaNumber),
          ...replyWrites(bench, copy, before, at, {
            actor: 'establishment',
            note: NOTE,
            scope: { operation: 'ReplyToEmployeeInquiry', owner: replier.staff.id },
          }),
        ],
      );
    },
  },
  {
    fn: 'GetEmployeeInquiry',
    staff: filingReader.staff,
    prepare: async (bench) => {
      await imported(bench, [filingReader.employee], { establishmentId: filingReader.staff.establishmentId });
      const reference = await filed(bench, filingReader.staff, filingReader.employee);
      return {
        event: async () => apiEvent({ claims: filingReader.staff.claims, pathParameters: { reference } }),
        calls: async () => [readInquiry(bench, reference), profileRead(bench, filingReader.employee.iqamaNumber)],
      };
    },
  },
  {
    // A document for a filed inquiry: the inquiry and the employee read, then the attachments' own upload. A copy each run, whose places never run out.
    fn: 'RequestEmployeeUpload',
    staff: attacher.staff,
    prepare: async (bench) => {
      const { staff, employee } = attacher;
      await imported(bench, [employee], { establishmentId: staff.establishmentId });
      const template = await filed(bench, staff, employee);
      const sample = await bench.copyInquiry(template);
      const attachmentId = textAt(
        await bench.invokeApi('RequestEmployeeUpload', uploadRequestOf(staff.claims, sample)),
        'attachmentId',
      );
      const stored = await bench.item(bench.tables.inquiries, attachmentItemKey(sample, attachmentId));
      return {
        event: async () => uploadRequestOf(staff.claims, await bench.copyInquiry(template)),
        calls: async () => {
          const reference = await bench.copyInquiry(template);
          return [
            readInquiry(bench, reference),
            profileRead(bench, employee.iqamaNumber),
            ...pendingUploadCalls(
              bench,
              reference,
              { sample, attachmentId, stored },
              staff.id,
              employeeOwnerId(employee.iqamaNumber),
            ),
          ];
        },
      };
    },
  },
  {
    // The first page of the list, unfiltered: one index query, then each row's holder's profile, read at once.
    fn: 'ListEmployees',
    staff: lister.staff,
    prepare: async (bench) => {
      await imported(bench, lister.employees, { establishmentId: lister.staff.establishmentId });
      const indexed = await indexedDocuments(bench, lister.staff.establishmentId);
      // Their own iqama, passport and visa; the dependent's iqama names no employer.
      if (indexed !== lister.employees.length * 3 || indexed <= PAGE_LIMITS.default)
        throw new Error(`ListEmployees: the employer index holds ${indexed} documents of the establishment`);
      return {
        event: async () => apiEvent({ claims: lister.staff.claims }),
        calls: async () => [
          employerQuery(bench, lister.staff.establishmentId),
          concurrently(lister.employees.map((employee) => [profileRead(bench, employee.iqamaNumber)])),
        ],
      };
    },
  },
  {
    fn: 'GetEmployee',
    staff: reader.staff,
    prepare: async (bench) => {
      await imported(bench, [reader.employee], { establishmentId: reader.staff.establishmentId });
      return {
        event: async () =>
          apiEvent({ claims: reader.staff.claims, pathParameters: { iqamaNumber: reader.employee.iqamaNumber } }),
        calls: async () => [
          profileRead(bench, reader.employee.iqamaNumber),
          documentsQuery(bench, reader.employee.iqamaNumber),
        ],
      };
    },
  },
  {
    // A renewed passport, its expiry moving by a day on every request, so that each one changes the document.
    fn: 'UpdateEmployeePassport',
    staff: renewer.staff,
    prepare: async (bench) => {
      await imported(bench, [renewer.own, renewer.theirs], { establishmentId: renewer.staff.establishmentId });
      const stored = (await storedDocuments(bench, renewer.theirs.iqamaNumber)).find(
        (document) => document.documentType === 'PASSPORT',
      );
      if (stored?.[RESIDENT_TABLE_KEYS.employer] !== renewer.staff.establishmentId)
        throw new Error('UpdateEmployeePassport: the register did not name the establishment on the passport');
      // The write sets the document's own fields and its contact: the contact's version and the employer are the profile's to give.
      const { contactVersion: _version, [RESIDENT_TABLE_KEYS.employer]: _employer, ...passport } = stored;
      const expiries = [inDays(3000), inDays(3001)];
      let ownTurn = 0;
      let theirTurn = 0;
      return {
        event: async () =>
          jsonEvent(
            { passportNumber: 'A1234567', issueDate: inDays(-10), expiryDate: expiries[ownTurn++ % 2] },
            {
              method: 'PUT',
              claims: renewer.staff.claims,
              pathParameters: { iqamaNumber: renewer.own.iqamaNumber },
              headers: idempotencyKey(),
            },
          ),
        calls: async () => {
          const expiresOn = expiries[theirTurn++ % 2]!;
          const renewed = {
            ...passport,
            number: 'A1234567',
            issuedOn: inDays(-10),
            expiresOn,
            expiryShard: `${expiresOn}#3`,
            source: 'ESTABLISHMENT',
            contentHash: randomBytes(32).toString('base64url'),
          };
          return [
            // Whether the register names the establishment as the employer, then the profile for the document's contact.
            profileRead(bench, renewer.theirs.iqamaNumber),
            ...claimedDocumentWrite(bench, renewer.theirs, renewed, {
              operation: 'UpdateEmployeePassport',
              owner: renewer.staff.id,
            }),
          ];
        },
      };
    },
  },
];
