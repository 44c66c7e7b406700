import { usePageTitle } from '../console/page-title.js';
import { CONSOLE_TEXTS } from '../console/texts.js';
import { useTexts } from '../shared/i18n/language.js';

export const DocumentsPage = () => {
  const title = useTexts(CONSOLE_TEXTS).documents;
  usePageTitle(title);
  return <h1>{title}</h1>;
};
