import type {
  DueDocuments,
  DuePage,
  LogKey,
  PageCursors,
  PagePosition,
  ReminderLog,
  SkipReason,
} from '../../functions/domain/reminders/ports.js';
import type { DocumentRegister, UpsertOutcome } from '../../functions/domain/residents/ports.js';
import type { ResidentDocument } from '../../functions/domain/residents/resident-document.js';
import {
  type ProfileChanges,
  type ResidentProfile,
  reminderContactOf,
} from '../../functions/domain/residents/resident-profile.js';
import type { IdempotencyClaim } from '../../functions/domain/shared/idempotency.js';
import type { SmsDelivery, SmsSender } from '../../functions/domain/sms/ports.js';
import { InMemoryIdempotencyClaims } from './in-memory-idempotency-claims.js';

/** A register with the port's semantics and no storage; the expiry index's pages are set by the test. */
export class InMemoryDocumentRegister implements DocumentRegister, DueDocuments {
  readonly profiles = new Map<string, ResidentProfile>();
  readonly documents = new Map<string, ResidentDocument>();
  /** Every profile saved, in order: what the resident's API costs in writes. */
  readonly savedProfiles: ResidentProfile[] = [];
  readonly upserted: ResidentDocument[] = [];
  readonly dueOnCalls: { expiresOn: string; shard: number; page: { limit: number; from?: PagePosition } }[] = [];
  /** The claims kept in the same table. */
  readonly claims = new InMemoryIdempotencyClaims();
  private readonly pages = new Map<string, DuePage>();

  /** What dueOn answers for one date, shard and starting position; an empty last page otherwise. */
  setDuePage(expiresOn: string, shard: number, from: PagePosition | undefined, page: DuePage): this {
    this.pages.set(`${expiresOn}/${shard}/${JSON.stringify(from ?? null)}`, page);
    return this;
  }

  holding(...documents: ResidentDocument[]): this {
    for (const document of documents)
      this.documents.set(`${document.iqamaNumber}/${document.documentId}`, structuredClone(document));
    return this;
  }

  async profile(iqamaNumber: string) {
    const profile = this.profiles.get(iqamaNumber);
    return profile && structuredClone(profile);
  }

  async updateProfile(
    iqamaNumber: string,
    changes: ProfileChanges,
    options: { unlessSignedIn?: boolean; claim?: IdempotencyClaim } = {},
  ) {
    this.claims.check(options.claim);
    const stored = this.profiles.get(iqamaNumber);
    if (options.unlessSignedIn && stored?.contactSource === 'TOKEN') return undefined;
    this.claims.keep(options.claim);
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, value]) => value !== undefined && value !== null),
    );
    const profile: ResidentProfile = { smsReminders: true, ...stored, ...defined, iqamaNumber };
    for (const [name, value] of Object.entries(changes))
      if (value === null) delete profile[name as keyof ResidentProfile];
    this.savedProfiles.push(structuredClone(profile));
    this.profiles.set(iqamaNumber, structuredClone(profile));
    this.#copyContact(iqamaNumber, profile);
    return structuredClone(profile);
  }

  async syncDocumentContacts(iqamaNumber: string) {
    const profile = this.profiles.get(iqamaNumber);
    if (profile) this.#copyContact(iqamaNumber, profile);
  }

  #copyContact(iqamaNumber: string, profile: ResidentProfile) {
    for (const document of this.documents.values())
      if (document.iqamaNumber === iqamaNumber) document.contact = reminderContactOf(profile);
  }

  async documentsOf(iqamaNumber: string) {
    return [...this.documents.values()]
      .filter((document) => document.iqamaNumber === iqamaNumber)
      .map((document) => structuredClone(document));
  }

  async upsert(document: ResidentDocument, claim?: IdempotencyClaim): Promise<UpsertOutcome> {
    this.claims.check(claim);
    this.claims.keep(claim);
    this.upserted.push(structuredClone(document));
    const key = `${document.iqamaNumber}/${document.documentId}`;
    const stored = this.documents.get(key);
    this.documents.set(key, structuredClone(document));
    if (!stored) return 'created';
    return JSON.stringify(stored) === JSON.stringify(document) ? 'unchanged' : 'updated';
  }

  async dueOn(expiresOn: string, shard: number, page: { limit: number; from?: PagePosition }): Promise<DuePage> {
    this.dueOnCalls.push({ expiresOn, shard, page });
    return structuredClone(
      this.pages.get(`${expiresOn}/${shard}/${JSON.stringify(page.from ?? null)}`) ?? { items: [], itemsRead: 0 },
    );
  }
}

export type LoggedReminder = { status: 'SENDING' | 'SENT' } | { status: 'SKIPPED'; reason: SkipReason };

/** A reminder log with the conditional writes of the DynamoDB one. */
export class InMemoryReminderLog implements ReminderLog {
  readonly entries = new Map<string, LoggedReminder>();

  static keyOf(key: LogKey): string {
    return 'establishmentId' in key
      ? `DIGEST#${key.establishmentId}#${key.date}`
      : `${key.documentId}#${key.expiresOn}#${key.leadDays}`;
  }

  entry(key: LogKey): LoggedReminder | undefined {
    return this.entries.get(InMemoryReminderLog.keyOf(key));
  }

  async claim(key: LogKey) {
    const stored = this.entry(key);
    if (stored) return stored.status;
    this.entries.set(InMemoryReminderLog.keyOf(key), { status: 'SENDING' });
    return 'claimed' as const;
  }

  async markSent(key: LogKey) {
    if (this.entry(key)?.status === 'SENDING') this.entries.set(InMemoryReminderLog.keyOf(key), { status: 'SENT' });
  }

  async release(key: LogKey) {
    if (this.entry(key)?.status === 'SENDING') this.entries.delete(InMemoryReminderLog.keyOf(key));
  }

  async recordSkip(key: LogKey, reason: SkipReason) {
    if (this.entry(key)) return false;
    this.entries.set(InMemoryReminderLog.keyOf(key), { status: 'SKIPPED', reason });
    return true;
  }
}

/** Page positions kept in memory under ids, as the reminder log table keeps them. */
export class InMemoryPageCursors implements PageCursors {
  readonly positions = new Map<string, PagePosition>();

  async save(position: PagePosition) {
    const id = `cursor-${this.positions.size + 1}`;
    this.positions.set(id, structuredClone(position));
    return id;
  }

  async load(id: string) {
    const position = this.positions.get(id);
    if (!position) throw new Error('Page cursor not found');
    return structuredClone(position);
  }
}

/** An SMS gateway that keeps what it was asked to send, and names each message as SNS would, in order. */
export class RecordingSmsSender implements SmsSender {
  readonly sent: { phone: string; message: string }[] = [];

  async send(phone: string, message: string): Promise<SmsDelivery> {
    this.sent.push({ phone, message });
    return { outcome: 'sent', messageId: `sms-${this.sent.length}` };
  }
}
