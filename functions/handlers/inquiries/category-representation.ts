import * as v from 'valibot';
import {
  CATEGORIES,
  CATEGORY_CODES,
  type Category,
  SECTION_CODES,
  SECTIONS,
} from '../../domain/inquiries/categories.js';
import type { TextLocale } from '../../domain/shared/locale.js';

const bilingual = () => v.object({ ar: v.string(), en: v.string() });

export const CategoryListSchema = v.pipe(
  v.object({
    items: v.array(
      v.object({
        code: v.picklist(CATEGORY_CODES),
        name: v.pipe(v.string(), v.description("In the caller's language.")),
        names: bilingual(),
        section: v.picklist(SECTION_CODES),
        sectionName: v.string(),
        sectionNames: bilingual(),
      }),
    ),
  }),
  v.title('CategoryList'),
);

const catalogue = (Object.keys(CATEGORIES) as Category[]).map((code) => ({ code, ...CATEGORIES[code] }));

/** The request types residents can file, named in the caller's language and in both. */
export const categoryList = (locale: TextLocale): v.InferOutput<typeof CategoryListSchema> => ({
  items: catalogue.map(({ code, section, name }) => ({
    code,
    name: name[locale],
    names: name,
    section,
    sectionName: SECTIONS[section][locale],
    sectionNames: SECTIONS[section],
  })),
});
