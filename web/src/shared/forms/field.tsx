import type { ComponentChildren, VNode } from 'preact';
import { useFormats } from '../i18n/formats.js';
import { useTexts } from '../i18n/language.js';
import { SHARED_TEXTS } from '../texts.js';

/** What a control needs to be tied to its label, its hint and its error for assistive technology. */
export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
}

interface FieldProps {
  id: string;
  label: string;
  /** The API's words for what is wrong with this field, shown beside it. */
  error?: string;
  hint?: ComponentChildren;
  required?: boolean;
  control: (props: ControlProps) => VNode;
}

/** A labelled control with its hint and error beside it, each tied to it by id. */
export const Field = ({ id, label, error, hint, required, control }: FieldProps) => {
  const texts = useTexts(SHARED_TEXTS);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>
        {label}
        {required ? <span class="required"> ({texts.required})</span> : null}
      </label>
      {control({
        id,
        'aria-invalid': Boolean(error),
        ...(described ? { 'aria-describedby': described } : {}),
        ...(required ? { 'aria-required': true } : {}),
      })}
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
};

/** How much of a text field's limit is used, counted as the API counts: in code points. */
export const CharacterCount = ({ value, limit }: { value: string; limit: number }) => {
  const texts = useTexts(SHARED_TEXTS);
  const formats = useFormats();
  const used = [...value].length;
  return (
    <span aria-live="polite" class={used > limit ? 'count count-over' : 'count'}>
      {texts.characters(formats.number(used), formats.number(limit))}
    </span>
  );
};
