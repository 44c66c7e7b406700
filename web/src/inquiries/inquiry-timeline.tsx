import type { ComponentType } from 'preact';
import type { Schema } from '../shared/api/api-client.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { InquiryStatus } from './inquiry-status.js';
import { INQUIRY_TEXTS } from './inquiry-texts.js';

type Status = NonNullable<Schema<'TimelineEntry'>['status']>;

interface InquiryTimelineProps {
  entries: readonly Schema<'TimelineEntry'>[];
  /** How the reader names a status: the resident's words unless the page gives its own (a reviewer's). */
  Status?: ComponentType<{ status: Status }>;
}

/** What happened to an inquiry, oldest first, each step with its time in Riyadh in both calendars. */
export const InquiryTimeline = ({ entries, Status = InquiryStatus }: InquiryTimelineProps) => {
  const texts = useTexts(INQUIRY_TEXTS);
  const formats = useFormats();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{texts.timeline}</h2>
      <ol class="timeline">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <p>
              <time dateTime={entry.at}>{formats.dateTime(entry.at)}</time>
              <span class="hint"> ({formats.hijriDateTime(entry.at)})</span> · {texts.actor[entry.actor]}
            </p>
            {entry.status ? <Status status={entry.status} /> : null}
            {entry.event ? <p>{texts.event[entry.event]}</p> : null}
            {entry.attachmentIds?.length ? (
              <p>{texts.attachments(formats.number(entry.attachmentIds.length))}</p>
            ) : null}
            {entry.note ? (
              <p>
                <strong>{texts.note}: </strong>
                <bdi>{entry.note}</bdi>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
};
