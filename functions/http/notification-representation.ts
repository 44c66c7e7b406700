import * as v from 'valibot';
import { SMS_MESSAGES } from '../domain/sms/inquiry-templates.js';
import { deliveryOf, type MessageRecord } from '../domain/sms/message-record.js';

const instant = () => v.pipe(v.string(), v.isoTimestamp());

export const NotificationSchema = v.pipe(
  v.object({
    message: v.pipe(v.picklist(SMS_MESSAGES), v.description('Which notice it was.')),
    recipient: v.pipe(
      v.picklist(['RESIDENT', 'STAFF']),
      v.description("The resident, or the establishment's staff member who filed the inquiry for them."),
    ),
    sentAt: instant(),
    delivery: v.pipe(
      v.picklist(['PENDING', 'DELIVERED', 'FAILED', 'UNKNOWN']),
      v.description(
        "The carrier's receipt: PENDING until it comes, DELIVERED to the handset, FAILED (with the carrier's reason), UNKNOWN when none came within 72 hours.",
      ),
    ),
    deliveredAt: v.optional(instant()),
    failureReason: v.optional(v.pipe(v.string(), v.description("The carrier's words, as SNS passes them on."))),
  }),
  v.title('Notification'),
);

export type Notification = v.InferOutput<typeof NotificationSchema>;

export const NOTIFICATIONS = v.optional(
  v.pipe(
    v.array(NotificationSchema),
    v.description(
      'The SMS sent about the inquiry, oldest first, each with its delivery: on the read of one inquiry, not on the answers to changes.',
    ),
  ),
);

/** Who reads an inquiry's notifications: its resident sees those sent to them, staff see the copies too. */
export type NotificationReader = 'resident' | 'staff';

/**
 * The SMS sent about an inquiry as its readers are shown them. Phone numbers are never in a record,
 * so none can show; a resident is not shown the copies sent to the establishment's staff member.
 */
export const notificationsOf = (
  records: readonly MessageRecord[],
  now: Date,
  reader: NotificationReader,
): Notification[] =>
  records
    .flatMap((record) => (record.purpose.kind === 'INQUIRY_NOTICE' ? [{ record, purpose: record.purpose }] : []))
    .filter(({ purpose }) => reader === 'staff' || purpose.recipient === 'RESIDENT')
    .sort((a, b) => a.record.sentAt.localeCompare(b.record.sentAt))
    .map(({ record, purpose }) => {
      const delivery = deliveryOf(record, now);
      return {
        message: purpose.message,
        recipient: purpose.recipient,
        sentAt: record.sentAt,
        delivery,
        ...(delivery === 'DELIVERED' && record.receiptAt && { deliveredAt: record.receiptAt }),
        ...(delivery === 'FAILED' && record.providerResponse && { failureReason: record.providerResponse }),
      };
    });
