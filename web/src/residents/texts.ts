import type { Schema } from '../shared/api/api-client.js';
import type { Texts } from '../shared/i18n/language.js';

type Relation = Extract<Schema<'Document'>['holder'], { kind: 'DEPENDENT' }>['relation'];

/** The words of a resident's own records: documents, passport and preferences. */
export const RESIDENT_TEXTS: Texts<{
  documentsTitle: string;
  documentsIntro: string;
  myDocuments: string;
  dependentDocuments: (name: string, relation: string) => string;
  noDocuments: string;
  relation: Record<Relation, string>;
  passportTitle: string;
  passportIntro: string;
  holder: string;
  myself: string;
  savePassport: string;
  passportSaved: (until: string) => string;
  preferencesTitle: string;
  smsLanguage: string;
  smsLanguageHint: string;
  reminders: string;
  remindersLabel: string;
  remindersHint: string;
  savePreferences: string;
  preferencesSaved: string;
}> = {
  ar: {
    documentsTitle: 'وثائقي',
    documentsIntro: 'وثائقك ووثائق التابعين لك، مع تواريخ انتهائها بالتقويمين الميلادي والهجري.',
    myDocuments: 'وثائقي الشخصية',
    dependentDocuments: (name, relation) => `وثائق ${name} (${relation})`,
    noDocuments: 'لا توجد وثائق مسجّلة.',
    relation: {
      SPOUSE: 'الزوج/الزوجة',
      SON: 'الابن',
      DAUGHTER: 'الابنة',
      FATHER: 'الأب',
      MOTHER: 'الأم',
      OTHER: 'تابع',
    },
    passportTitle: 'تحديث بيانات الجواز',
    passportIntro: 'سجّل بيانات جواز السفر الجديد بعد تجديده، لك أو لأحد التابعين لك.',
    holder: 'صاحب الجواز',
    myself: 'أنا',
    savePassport: 'حفظ بيانات الجواز',
    passportSaved: (until) => `تم تحديث بيانات الجواز. ينتهي الجواز في ${until}.`,
    preferencesTitle: 'التفضيلات',
    smsLanguage: 'لغة الرسائل النصية',
    smsLanguageHint: 'اللغة التي تصلك بها رسائل التذكير.',
    reminders: 'رسائل التذكير',
    remindersLabel: 'أرسلوا إليّ رسائل نصية تذكّرني بقرب انتهاء وثائقي',
    remindersHint: 'تصلك الرسائل على رقم الجوال المسجّل لدينا.',
    savePreferences: 'حفظ التفضيلات',
    preferencesSaved: 'تم حفظ تفضيلاتك.',
  },
  en: {
    documentsTitle: 'My documents',
    documentsIntro:
      'Your documents and your dependents’, with their expiry dates in the Gregorian and Hijri calendars.',
    myDocuments: 'My own documents',
    dependentDocuments: (name, relation) => `${name}’s documents (${relation})`,
    noDocuments: 'No documents are on record.',
    relation: {
      SPOUSE: 'spouse',
      SON: 'son',
      DAUGHTER: 'daughter',
      FATHER: 'father',
      MOTHER: 'mother',
      OTHER: 'dependent',
    },
    passportTitle: 'Update passport details',
    passportIntro: 'Record your new passport once renewed, or a dependent’s.',
    holder: 'Whose passport',
    myself: 'Mine',
    savePassport: 'Save passport details',
    passportSaved: (until) => `The passport details were updated. The passport expires on ${until}.`,
    preferencesTitle: 'Preferences',
    smsLanguage: 'Language of text messages',
    smsLanguageHint: 'The language your reminders are written in.',
    reminders: 'Reminders',
    remindersLabel: 'Send me text messages reminding me when my documents are about to expire',
    remindersHint: 'They are sent to the mobile number we hold for you.',
    savePreferences: 'Save preferences',
    preferencesSaved: 'Your preferences were saved.',
  },
};
