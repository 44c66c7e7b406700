import type { Schema } from '../shared/api/api-client.js';
import type { Language } from '../shared/i18n/language.js';

type Category = Schema<'CategoryList'>['items'][number];

export interface SectionChoice {
  section: Category['section'];
  name: string;
  categories: { code: Category['code']; name: string }[];
}

/**
 * The request types grouped by the section that handles them, both named in `language` (the API
 * gives every name in both languages, so switching needs no new call), in the API's order.
 */
export const sectionsOf = (categories: readonly Category[], language: Language): SectionChoice[] => {
  const sections = new Map<Category['section'], SectionChoice>();
  for (const category of categories) {
    const section = sections.get(category.section) ?? {
      section: category.section,
      name: category.sectionNames[language],
      categories: [],
    };
    section.categories.push({ code: category.code, name: category.names[language] });
    sections.set(category.section, section);
  }
  return [...sections.values()];
};
