import type { Schema } from '../shared/api/api-client.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { NOTIFICATION_TEXTS } from './notification-texts.js';

/** The SMS sent about an inquiry, oldest first, each with whether the carrier says it arrived. */
export const InquiryNotifications = ({ notifications }: { notifications: readonly Schema<'Notification'>[] }) => {
  const texts = useTexts(NOTIFICATION_TEXTS);
  const formats = useFormats();
  return (
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{texts.heading}</h2>
      {notifications.length === 0 ? (
        <p>{texts.none}</p>
      ) : (
        <ol class="notifications">
          {notifications.map((notification) => (
            <li key={`${notification.sentAt}-${notification.message}-${notification.recipient}`}>
              <p>
                <time dateTime={notification.sentAt}>{formats.dateTime(notification.sentAt)}</time> ·{' '}
                {texts.message[notification.message]} ({texts.recipient[notification.recipient]})
              </p>
              <p class={`delivery delivery-${notification.delivery.toLowerCase()}`}>
                {notification.deliveredAt
                  ? texts.deliveredAt(formats.dateTime(notification.deliveredAt))
                  : texts.delivery[notification.delivery]}
              </p>
              {notification.failureReason ? (
                <p>
                  {texts.reason}: <bdi>{notification.failureReason}</bdi>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
