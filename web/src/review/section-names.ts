import { useResource } from '../shared/api/use-resource.js';
import { useConsole } from '../shared/console-context.js';
import { useLanguage } from '../shared/i18n/language.js';

const NONE: ReadonlyMap<string, string> = new Map();

/** The sections' names in the chosen language, from the request types the API lists (codes until they come). */
export const useSectionNames = (): ReadonlyMap<string, string> => {
  const { api } = useConsole();
  const { language } = useLanguage();
  const categories = useResource(() => api.GET('/v1/categories'), [language]);
  if (!categories.data) return NONE;
  return new Map(categories.data.items.map((item) => [item.section, item.sectionNames[language]]));
};
