import { reportKeyFor } from '../../functions/adapters/residents/s3-register-files.js';
import { IMPORT_REGISTER } from '../../functions/contract/triggers.js';
import { concurrently, s3 } from '../baselines/sdk-plan.js';
import { rekeyed } from '../support/bench-fixtures.js';
import { fieldAt } from '../support/function-answers.js';
import { type BenchResident, benchResident } from '../support/residents.js';
import {
  contactCopy,
  documentsQuery,
  documentWrite,
  dropRegisterFile,
  imported,
  profileRead,
  profileWrite,
  registerFileCreated,
  storedDocuments,
} from './resident-records.js';
import type { Scenario } from './scenario.js';

/** A register file of five residents the service has not met, four documents each: every line creates a document. */
const RESIDENTS_PER_FILE = 5;
let nextResident = 1_000;
const newResidents = () => Array.from({ length: RESIDENTS_PER_FILE }, () => benchResident(nextResident++));

export const REGISTER_SCENARIOS: Scenario[] = [
  {
    fn: IMPORT_REGISTER.id,
    // About 80 calls per file: a tenth of the usual count of requests still takes a minute.
    warmRuns: 40,
    outcome: (result) => `${fieldAt(result, 'lines')} lines, ${fieldAt(result, 'rejected')} rejected`,
    expectedOutcome: `${RESIDENTS_PER_FILE * 4} lines, 0 rejected`,
    prepare: async (bench) => {
      const template = newResidents()[0]!;
      await imported(bench, [template]);
      // As the register's lines carry them: the contact copy's version is the profile's to give.
      const documents = (await storedDocuments(bench, template.iqamaNumber)).map(
        ({ contactVersion: _version, ...document }) => document,
      );
      /** One resident's lines, in file order: their profile takes the register's contact, then each document is written and given it. */
      const lane = (resident: BenchResident) => {
        const contact = { phone: resident.phone, locale: 'ar', smsReminders: true };
        return [
          profileRead(bench, resident.iqamaNumber),
          profileWrite(
            bench,
            resident.iqamaNumber,
            { phone: resident.phone, signedInLocale: 'ar', contactSource: 'REGISTER' },
            { unlessSignedIn: true },
          ),
          documentsQuery(bench, resident.iqamaNumber),
          ...documents.flatMap((document) => {
            const item = rekeyed(
              rekeyed(document, template.iqamaNumber, resident.iqamaNumber),
              template.phone,
              resident.phone,
            );
            return [
              documentWrite(bench, item, { keepingNewer: true }),
              profileRead(bench, resident.iqamaNumber),
              contactCopy(bench, { pk: item.pk, sk: item.sk }, contact, 1),
            ];
          }),
        ];
      };
      return {
        event: async () => registerFileCreated(bench, await dropRegisterFile(bench, newResidents())),
        calls: async () => {
          const residents = newResidents();
          const file = await dropRegisterFile(bench, residents);
          const report = {
            file: file.key,
            lines: residents.length * 4,
            created: residents.length * 4,
            updated: 0,
            unchanged: 0,
            keptNewer: 0,
            employersChanged: 0,
            rejected: [],
          };
          return [
            s3('GetObjectCommand', { Bucket: bench.buckets.register, Key: file.key }),
            concurrently(residents.map(lane)),
            s3('PutObjectCommand', {
              Bucket: bench.buckets.register,
              Key: reportKeyFor(file.key),
              Body: JSON.stringify(report, null, 1),
              ContentType: 'application/json',
            }),
          ];
        },
      };
    },
  },
];
