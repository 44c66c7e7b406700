import type { ImportReport } from './import-report.js';
import type { DocumentRegister, UpsertOutcome } from './ports.js';
import type { RegisterLine, RegisterRecord } from './register-record.js';
import { documentIdFor } from './resident-document.js';
import { type ResidentProfile, reminderContactOf } from './resident-profile.js';

/** Profiles read during one import, so that a resident with many documents is read once. */
const PROFILE_CACHE_LIMIT = 10_000;
/** Lines written at once: enough to keep DynamoDB busy, few enough to stay far under its limits. */
const IMPORT_CONCURRENCY = 16;
/**
 * The most lines one file may hold: at a few thousand lines a second it imports well inside the
 * function's 15 minutes. A longer file is imported up to here and reported; the rest must be sent
 * again in smaller files.
 */
export const MAX_IMPORT_LINES = 500_000;

/**
 * Upserts every valid line and reports the rest. Idempotent: a document already stored as the line
 * says is left alone, so importing the same file again reports every line unchanged.
 */
export const importRegister = async (
  register: DocumentRegister,
  lines: AsyncIterable<RegisterLine>,
  options: { maxLines?: number } = {},
): Promise<ImportReport> => {
  const maxLines = options.maxLines ?? MAX_IMPORT_LINES;
  const report: ImportReport = {
    lines: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    keptNewer: 0,
    employersChanged: 0,
    rejected: [],
  };
  const profiles = new Map<string, ResidentProfile | undefined>();
  const profileFor = async (record: RegisterRecord) => {
    if (!profiles.has(record.iqamaNumber)) {
      if (profiles.size >= PROFILE_CACHE_LIMIT) profiles.clear();
      profiles.set(record.iqamaNumber, await register.profile(record.iqamaNumber));
    }
    let profile = profiles.get(record.iqamaNumber);
    const registerContact = record.phone !== undefined || record.locale !== undefined;
    const phone = record.phone ?? profile?.phone;
    const signedInLocale = record.locale ?? profile?.signedInLocale;
    const changed =
      profile?.contactSource !== 'REGISTER' || phone !== profile.phone || signedInLocale !== profile.signedInLocale;
    if (registerContact && profile?.contactSource !== 'TOKEN' && changed) {
      // Only if the resident has not signed in meanwhile: their sign-in's contact is the fresher one.
      const updated = await register.updateProfile(
        record.iqamaNumber,
        { phone, signedInLocale, contactSource: 'REGISTER' },
        { unlessSignedIn: true },
      );
      profile = updated ?? (await register.profile(record.iqamaNumber));
      profiles.set(record.iqamaNumber, profile);
    }
    // The register is the authority on sponsorship, whatever the resident signed in with: a line
    // naming another establishment transfers them (null ends it), and the former one loses access at once.
    if (record.establishmentId !== undefined && (record.establishmentId ?? undefined) !== profile?.establishmentId) {
      profile = await register.updateProfile(record.iqamaNumber, { establishmentId: record.establishmentId });
      profiles.set(record.iqamaNumber, profile);
      report.employersChanged++;
    }
    return profile;
  };

  const importRecord = async (record: RegisterRecord) => {
    const profile = await profileFor(record);
    const outcome: UpsertOutcome = await register.upsert({
      iqamaNumber: record.iqamaNumber,
      documentId: documentIdFor(record.iqamaNumber, record.holder, record.type, record.number),
      type: record.type,
      number: record.number,
      expiresOn: record.expiresOn,
      ...(record.issuedOn && { issuedOn: record.issuedOn }),
      holder: record.holder,
      contact: reminderContactOf(profile),
      source: 'REGISTER',
    });
    report[outcome]++;
  };

  // One resident's lines are written in file order (the contact on one line reaches the documents
  // on the next); different residents' lines in parallel.
  const residents = new Map<string, Promise<void>>();
  const importLine = async (entry: RegisterLine) => {
    if ('issues' in entry) {
      report.rejected.push({
        line: entry.line,
        errors: entry.issues.map((issue) => ({ field: issue.pointer.slice(1).replaceAll('/', '.'), code: issue.code })),
      });
      return;
    }
    const { iqamaNumber } = entry.record;
    const turn = (residents.get(iqamaNumber) ?? Promise.resolve()).then(() => importRecord(entry.record));
    residents.set(iqamaNumber, turn);
    try {
      await turn;
    } finally {
      if (residents.get(iqamaNumber) === turn) residents.delete(iqamaNumber);
    }
  };

  // Lines are read in order by one loop and written by a pool of workers.
  const iterator = lines[Symbol.asyncIterator]();
  let reading: Promise<IteratorResult<RegisterLine>> | undefined;
  const nextLine = async (): Promise<RegisterLine | undefined> => {
    while (reading) await reading;
    if (report.lines >= maxLines) return undefined;
    reading = iterator.next();
    const result = await reading;
    reading = undefined;
    if (result.done) return undefined;
    report.lines++;
    return result.value;
  };
  const worker = async () => {
    for (let entry = await nextLine(); entry; entry = await nextLine()) await importLine(entry);
  };
  await Promise.all(Array.from({ length: IMPORT_CONCURRENCY }, worker));
  if (report.lines >= maxLines && !(await iterator.next()).done) {
    report.rejected.push({ line: maxLines + 1, errors: [{ field: '', code: 'file_too_long' }] });
    await iterator.return?.();
  }
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
};
