import type { IdempotencyClaim } from '../shared/idempotency.js';
import type { ImportReport } from './import-report.js';
import type { ResidentDocument } from './resident-document.js';
import type { ProfileChanges, ResidentProfile } from './resident-profile.js';

/** `keptNewer`: the register sent an older passport than the one the resident recorded, which stays. */
export type UpsertOutcome = 'created' | 'updated' | 'unchanged' | 'keptNewer';

/** Residents' profiles and documents, read by resident: never a scan (the sweep's reads are DueDocuments'). */
export interface DocumentRegister {
  profile(iqamaNumber: string): Promise<ResidentProfile | undefined>;
  /**
   * Sets only the given fields (reminders are on unless set off), with the idempotency claim if
   * given, atomically, and copies the resulting reminder contact onto each of the resident's
   * documents; concurrent changes settle on the newest everywhere.
   * @returns the profile after the change, or undefined when `unlessSignedIn` found a sign-in's contact
   * @throws IdempotencyClaimTaken when the claim's key is taken (nothing is changed)
   */
  updateProfile(
    iqamaNumber: string,
    changes: ProfileChanges,
    options?: { unlessSignedIn?: boolean; claim?: IdempotencyClaim },
  ): Promise<ResidentProfile | undefined>;
  /**
   * Copies the profile's reminder contact onto each of the resident's documents that holds an older
   * one: the copying a profile change ends with, finished when the change stopped before it did.
   */
  syncDocumentContacts(iqamaNumber: string): Promise<void>;
  documentsOf(iqamaNumber: string): Promise<ResidentDocument[]>;
  /**
   * Writes the document unless an identical one is stored; a renewal replaces the old expiry (and so
   * its reminders). The register never replaces a passport the resident recorded with an older one.
   * A claim, if given, is stored with the write, atomically — and alone when nothing is written.
   * @throws IdempotencyClaimTaken when the claim's key is taken (nothing is written)
   */
  upsert(document: ResidentDocument, claim?: IdempotencyClaim): Promise<UpsertOutcome>;
}

/** The register's files: read line by line, and the import's report written beside them. */
export interface RegisterFiles {
  lines(key: string, version?: string): AsyncIterable<string>;
  /** @returns where the report was written */
  writeReport(key: string, report: ImportReport): Promise<string>;
}
