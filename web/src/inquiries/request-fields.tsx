import type { Schema } from '../shared/api/api-client.js';
import type { Resource } from '../shared/api/use-resource.js';
import { FailureNotice } from '../shared/forms/failure-notice.js';
import { CharacterCount, Field } from '../shared/forms/field.js';
import { useFormats } from '../shared/i18n/formats.js';
import { useLanguage, useTexts } from '../shared/i18n/language.js';
import { SHARED_TEXTS } from '../shared/texts.js';
import { sectionsOf } from './category-sections.js';
import { RESIDENT_INQUIRY_TEXTS } from './resident-texts.js';
import { TEXT_LIMITS } from './text-limits.js';

export type Category = Schema<'InquiryDetail'>['category'];

/** The request type as chosen so far: a section, then one of its types ('' while unchosen). */
export interface RequestType {
  section: string;
  category: string;
}

export const NO_REQUEST_TYPE: RequestType = { section: '', category: '' };

/** When the request types could not be read: said, with the call's failure and a reload. */
export const CategoriesFailed = ({ categories }: { categories: Resource<Schema<'CategoryList'>> }) => {
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  if (!categories.failure) return null;
  return (
    <div class="notice notice-error" role="alert">
      <p>{texts.categoriesFailed}</p>
      <FailureNotice failure={categories.failure} />
      <button type="button" onClick={categories.reload}>
        {shared.reload}
      </button>
    </div>
  );
};

/**
 * The section, then a type of request of that section, both named in the user's language; a new
 * section clears the type. `error` is the API's word on the type, shown beside it.
 */
export const RequestTypeFieldset = ({
  categories,
  value,
  onChange,
  error,
}: {
  categories: Resource<Schema<'CategoryList'>>;
  value: RequestType;
  onChange: (value: RequestType) => void;
  error: string | undefined;
}) => {
  const { language } = useLanguage();
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const shared = useTexts(SHARED_TEXTS);
  const sections = sectionsOf(categories.data?.items ?? [], language);
  const chosenSection = sections.find((choice) => choice.section === value.section);
  return (
    <fieldset>
      <legend>{texts.requestFieldset}</legend>
      <Field
        id="inquiry-section"
        label={texts.section}
        required
        control={(props) => (
          <select
            {...props}
            value={value.section}
            onChange={(event) => onChange({ section: event.currentTarget.value, category: '' })}
          >
            <option value="">{categories.loading ? shared.loading : texts.chooseSection}</option>
            {sections.map((choice) => (
              <option key={choice.section} value={choice.section}>
                {choice.name}
              </option>
            ))}
          </select>
        )}
      />
      <Field
        id="inquiry-category"
        label={texts.category}
        required
        error={error}
        hint={chosenSection ? undefined : texts.categoryAfterSection}
        control={(props) => (
          <select
            {...props}
            value={value.category}
            disabled={!chosenSection}
            onChange={(event) => onChange({ ...value, category: event.currentTarget.value })}
          >
            <option value="">{texts.chooseCategory}</option>
            {chosenSection?.categories.map((choice) => (
              <option key={choice.code} value={choice.code}>
                {choice.name}
              </option>
            ))}
          </select>
        )}
      />
    </fieldset>
  );
};

/** The request's description, with a live count of its characters as the API counts them. */
export const DescriptionField = ({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) => {
  const texts = useTexts(RESIDENT_INQUIRY_TEXTS);
  const formats = useFormats();
  return (
    <Field
      id="inquiry-description"
      label={texts.description}
      required
      error={error}
      hint={
        <>
          {texts.descriptionHint(formats.number(TEXT_LIMITS.description.min))}{' '}
          <CharacterCount value={value} limit={TEXT_LIMITS.description.max} />
        </>
      }
      control={(props) => (
        <textarea {...props} rows={8} value={value} onInput={(event) => onChange(event.currentTarget.value)} />
      )}
    />
  );
};

/** The chosen type as the API's body takes it: left out while unchosen, so that the API names it as missing rather than as a wrong value. */
export const categoryOf = (type: RequestType): { category: Category } =>
  (type.category ? { category: type.category as Category } : {}) as { category: Category };
