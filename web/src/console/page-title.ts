import { useEffect } from 'preact/hooks';
import { useTexts } from '../shared/i18n/language.js';
import { CONSOLE_TEXTS } from './texts.js';

/** Names the page in the browser's tab and for screen readers announcing it: "the page · Tawasul". */
export const usePageTitle = (title: string): void => {
  const service = useTexts(CONSOLE_TEXTS).serviceName;
  useEffect(() => {
    document.title = `${title} · ${service}`;
  }, [title, service]);
};
