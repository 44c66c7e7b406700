import { isLanguage, type Language } from './language.js';

/** The language chosen in this browser before, kept here (a choice, not personal data). */
const LANGUAGE_CHOICE = 'tawasul.language';

export const chosenLanguage = (): Language | undefined => {
  const chosen = localStorage.getItem(LANGUAGE_CHOICE);
  return isLanguage(chosen) ? chosen : undefined;
};

export const keepLanguageChoice = (language: Language): void => localStorage.setItem(LANGUAGE_CHOICE, language);
