import { randomBytes } from 'node:crypto';
import { apiEvent, jsonEvent } from '../../test/support/api-events.js';
import { benchResident } from '../support/residents.js';
import { idempotencyKey } from './inquiry-states.js';
import {
  claimedDocumentWrite,
  claimedProfileWrite,
  contactCopy,
  documentsQuery,
  imported,
  inDays,
  profileRead,
  storedDocuments,
} from './resident-records.js';
import type { Scenario } from './scenario.js';

/** The resident's own documents and reminder preferences (/v1/me). */

const reader = benchResident(8);
const preferrer = benchResident(9);
/** Writers change their own records: the function and the baseline each get a resident of their own. */
const updater = { own: benchResident(10), theirs: benchResident(11) };
const renewer = { own: benchResident(12), theirs: benchResident(13) };

export const DOCUMENT_SCENARIOS: Scenario[] = [
  {
    fn: 'ListDocuments',
    resident: reader,
    prepare: async (bench) => {
      await imported(bench, [reader]);
      return {
        event: async () => apiEvent({ claims: reader.claims }),
        calls: async () => [documentsQuery(bench, reader.iqamaNumber)],
      };
    },
  },
  {
    fn: 'GetPreferences',
    resident: preferrer,
    prepare: async (bench) => {
      await imported(bench, [preferrer]);
      return {
        event: async () => apiEvent({ claims: preferrer.claims }),
        calls: async () => [profileRead(bench, preferrer.iqamaNumber)],
      };
    },
  },
  {
    // Each request turns reminders on or off, so that every one changes the profile and its four documents.
    fn: 'UpdatePreferences',
    resident: updater.own,
    prepare: async (bench) => {
      await imported(bench, [updater.own, updater.theirs]);
      const documents = await storedDocuments(bench, updater.theirs.iqamaNumber);
      let ownTurn = false;
      let theirTurn = false;
      let version = 1_000;
      return {
        event: async () => {
          ownTurn = !ownTurn;
          return jsonEvent(
            { locale: 'ar', smsReminders: ownTurn },
            { method: 'PUT', claims: updater.own.claims, headers: idempotencyKey() },
          );
        },
        calls: async () => {
          theirTurn = !theirTurn;
          const smsReminders = theirTurn;
          version++;
          const contact = { phone: updater.theirs.phone, locale: 'ar', smsReminders };
          return [
            ...claimedProfileWrite(bench, updater.theirs, { preferredLocale: 'ar', smsReminders }, 'PROFILE'),
            documentsQuery(bench, updater.theirs.iqamaNumber),
            ...documents.map((document) => contactCopy(bench, { pk: document.pk, sk: document.sk }, contact, version)),
          ];
        },
      };
    },
  },
  {
    // A renewed passport, its expiry moving by a day on every request, so that each one changes the document.
    fn: 'UpdatePassport',
    resident: renewer.own,
    prepare: async (bench) => {
      await imported(bench, [renewer.own, renewer.theirs]);
      const { contactVersion: _version, ...passport } = (await storedDocuments(bench, renewer.theirs.iqamaNumber)).find(
        (document) => document.documentType === 'PASSPORT',
      )!;
      const expiries = [inDays(3000), inDays(3001)];
      let ownTurn = 0;
      let theirTurn = 0;
      return {
        event: async () =>
          jsonEvent(
            { passportNumber: 'A1234567', issueDate: inDays(-10), expiryDate: expiries[ownTurn++ % 2] },
            { method: 'PUT', claims: renewer.own.claims, headers: idempotencyKey() },
          ),
        calls: async () => {
          const expiresOn = expiries[theirTurn++ % 2]!;
          const renewed = {
            ...passport,
            number: 'A1234567',
            issuedOn: inDays(-10),
            expiresOn,
            expiryShard: `${expiresOn}#3`,
            source: 'RESIDENT',
            contentHash: randomBytes(32).toString('base64url'),
          };
          return [
            profileRead(bench, renewer.theirs.iqamaNumber),
            ...claimedDocumentWrite(bench, renewer.theirs, renewed),
          ];
        },
      };
    },
  },
];
