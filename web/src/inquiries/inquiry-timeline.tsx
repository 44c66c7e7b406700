import type { Schema } from '../shared/api/api-client.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useTexts } from '../shared/i18n/language.js';
import { InquiryStatus } from './inquiry-status.js';
import { INQUIRY_TEXTS } from './inquiry-texts.js';

/** What happened to an inquiry, oldest first, each step with its time in Riyadh in both calendars. */
export const InquiryTimeline = ({ entries }: { entries: readonly Schema<'TimelineEntry'>[] }) => {
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
            {entry.status ? <InquiryStatus status={entry.status} /> : null}
            {entry.event ? <p>{texts.event[entry.event]}</p> : null}
            {entry.attachmentIds?.length ? (
              <p>{texts.attachments(formats.number(entry.attachmentIds.length))}</p>
            ) : null}
            {entry.note ? (
              <p>
                <strong>{texts.note}: </strong>
                {/* Written by a person in either language: isolated, so an English note reads right in an Arabic page. */}
                <bdi>{entry.note}</bdi>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
};
