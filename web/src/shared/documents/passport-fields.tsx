import { Field } from '../forms/field.js';
import { useTexts } from '../i18n/language.js';
import { DOCUMENT_TEXTS } from './document-texts.js';
import './documents.css';

/** What the passport update sends, as its fields hold it. */
export interface PassportValues {
  passportNumber: string;
  issueDate: string;
  expiryDate: string;
}

export const NO_PASSPORT: PassportValues = { passportNumber: '', issueDate: '', expiryDate: '' };

/** The fields the passport update's problem may name, beside which its errors are shown. */
export const PASSPORT_FIELDS = ['passportNumber', 'issueDate', 'expiryDate'] as const;

interface PassportFieldsProps {
  values: PassportValues;
  onChange: (values: PassportValues) => void;
  /** The API's errors by field (`fieldErrors`), each shown beside its field. */
  errors: ReadonlyMap<string, string>;
}

/** The renewed passport's number, issue and expiry dates: the resident's own update and an establishment's for a worker. */
export const PassportFields = ({ values, onChange, errors }: PassportFieldsProps) => {
  const texts = useTexts(DOCUMENT_TEXTS);
  const set = (name: keyof PassportValues) => (event: Event) =>
    onChange({ ...values, [name]: (event.currentTarget as HTMLInputElement).value });
  return (
    <>
      <Field
        id="passport-number"
        label={texts.passportNumber}
        required
        hint={texts.passportNumberHint}
        error={errors.get('passportNumber')}
        control={(props) => (
          <input
            {...props}
            class="passport-number"
            dir="ltr"
            autocomplete="off"
            spellcheck={false}
            value={values.passportNumber}
            onInput={set('passportNumber')}
          />
        )}
      />
      <Field
        id="passport-issue-date"
        label={texts.issueDate}
        required
        hint={texts.dateHint}
        error={errors.get('issueDate')}
        control={(props) => <input {...props} type="date" value={values.issueDate} onInput={set('issueDate')} />}
      />
      <Field
        id="passport-expiry-date"
        label={texts.expiryDate}
        required
        hint={texts.dateHint}
        error={errors.get('expiryDate')}
        control={(props) => <input {...props} type="date" value={values.expiryDate} onInput={set('expiryDate')} />}
      />
    </>
  );
};
