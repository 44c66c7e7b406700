import { CATEGORIES, type Category, SECTIONS } from '../../domain/inquiries/categories.js';
import { json, localeOf } from '../../http/api-event.js';
import { apiFunction } from '../../runtime/api-function.js';

const catalogue = (Object.keys(CATEGORIES) as Category[]).map((code) => ({ code, ...CATEGORIES[code] }));

export const createHandler = () =>
  apiFunction(async (event) => {
    const locale = localeOf(event);
    return json(200, {
      items: catalogue.map(({ code, section, name }) => ({
        code,
        name: name[locale],
        names: name,
        section,
        sectionName: SECTIONS[section][locale],
        sectionNames: SECTIONS[section],
      })),
    });
  });

export const handler = createHandler();
