import { useState } from 'preact/hooks';
import { fieldErrors } from '../shared/api/problem.js';
import { useMutation } from '../shared/api/use-mutation.js';
import { useConsole } from '../shared/console-context.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { CharacterCount, Field } from '../shared/forms/field.js';
import { useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { RESIDENT_INQUIRY_TEXTS } from './resident-texts.js';
import { TEXT_LIMITS } from './text-limits.js';

const SCORES = [5, 4, 3, 2, 1] as const;
const FORM_FIELDS = ['score', 'comment'] as const;

/** The resident's rating of a closed request: a score of one to five, as radio buttons, and a comment if they like. */
export const RatingForm = ({ reference, onSent }: { reference: string; onSent: () => void }) => {
  const { api } = useConsole();
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const [score, setScore] = useState<number>();
  const [comment, setComment] = useState('');
  const rate = useMutation((key) =>
    api.POST('/v1/inquiries/{reference}/rating', {
      params: { path: { reference }, header: { 'Idempotency-Key': key } },
      // An unchosen score is sent as such: the API names the missing field in the resident's language.
      body: { score: score as number, ...(comment.trim() ? { comment } : {}) },
    }),
  );
  const errors = fieldErrors(rate.failure);
  const scoreError = errors.get('score');
  const send = async (event: Event) => {
    event.preventDefault();
    if (await rate.run()) onSent();
  };
  return (
    <form class="card" onSubmit={send} noValidate>
      <h2 id="rating-heading">{texts.ratingLegend}</h2>
      <FailureNotice failure={rate.failure} fields={FORM_FIELDS} />
      <fieldset
        class={scoreError ? 'field field-invalid scores' : 'field scores'}
        aria-describedby={scoreError ? 'rating-score-error' : undefined}
      >
        <legend>
          {texts.score} <span class="required">({shared.required})</span>
        </legend>
        {SCORES.map((value) => (
          <label key={value} class="choice">
            <input
              type="radio"
              name="score"
              value={value}
              checked={score === value}
              aria-invalid={Boolean(scoreError)}
              onChange={() => setScore(value)}
            />
            {texts.scores[value]}
          </label>
        ))}
        {scoreError ? (
          <p class="field-error" id="rating-score-error">
            {scoreError}
          </p>
        ) : null}
      </fieldset>
      <Field
        id="rating-comment"
        label={texts.comment}
        error={errors.get('comment')}
        hint={<CharacterCount value={comment} limit={TEXT_LIMITS.ratingComment.max} />}
        control={(props) => (
          <textarea {...props} rows={4} value={comment} onInput={(event) => setComment(event.currentTarget.value)} />
        )}
      />
      <button type="submit" disabled={rate.pending}>
        {rate.pending ? shared.sending : texts.sendRating}
      </button>
    </form>
  );
};
