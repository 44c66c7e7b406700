import { usePageTitle } from '../console/page-title.js';
import { CONSOLE_TEXTS } from '../console/texts.js';
import { useTexts } from '../shared/i18n/language.js';

export const InquiryPage = () => {
  const title = useTexts(CONSOLE_TEXTS).myInquiries;
  usePageTitle(title);
  return <h1>{title}</h1>;
};
