import type { Texts } from './i18n/language.js';

/** Words every page shares: the fields' furniture and what a failed call says. */
export const SHARED_TEXTS: Texts<{
  required: string;
  characters: (used: string, limit: string) => string;
  sending: string;
  loading: string;
  unreachable: string;
  conflict: string;
  reload: string;
  sessionEnded: string;
  signInAgain: string;
  errorsInForm: string;
}> = {
  ar: {
    required: 'مطلوب',
    characters: (used, limit) => `عدد الأحرف: ${used} من ${limit}`,
    sending: 'جارٍ الإرسال…',
    loading: 'جارٍ التحميل…',
    unreachable: 'تعذّر الوصول إلى الخدمة. تحقّق من اتصالك ثم أعد المحاولة؛ لن يُرسَل طلبك مرتين.',
    conflict: 'تغيّر هذا الطلب منذ أن فتحت الصفحة، فلم يُحفظ ما أرسلته. أعد تحميله لترى حالته الآن ثم حاول مجددًا.',
    reload: 'إعادة التحميل',
    sessionEnded: 'انتهت جلستك، فلم يُحفظ ما أرسلته.',
    signInAgain: 'سجّل الدخول مرة أخرى',
    errorsInForm: 'صحّح الحقول المشار إليها ثم أعد الإرسال.',
  },
  en: {
    required: 'required',
    characters: (used, limit) => `${used} of ${limit} characters`,
    sending: 'Sending…',
    loading: 'Loading…',
    unreachable:
      'The service could not be reached. Check your connection and try again; your request will not be sent twice.',
    conflict:
      'This request changed since you opened the page, so what you sent was not saved. Reload it to see where it stands now, then try again.',
    reload: 'Reload',
    sessionEnded: 'Your session has ended, so what you sent was not saved.',
    signInAgain: 'Sign in again',
    errorsInForm: 'Correct the fields marked below, then send again.',
  },
};
