import type { DocumentType } from '../residents/resident-document.js';
import type { Locale } from '../shared/locale.js';

/** What a reminder says: which document, whose, when it expires (both calendars), and how far off that is on the day it is sent. */
export interface ExpiryReminder {
  type: DocumentType;
  /** A dependent's document: the message names the relation, never the person. */
  dependent: boolean;
  /** Days from the day the SMS is sent to the expiry: 0 on the day itself, negative once it has passed. */
  daysLeft: number;
  expiresOn: string;
  expiresOnHijri: string;
}

type DocumentNames = Record<'own' | 'dependent', Record<DocumentType, string>>;

interface ReminderTexts {
  documents: DocumentNames;
  ahead: (document: string, days: number, date: string) => string;
  tomorrow: (document: string, date: string) => string;
  today: (document: string, date: string) => string;
  yesterday: (document: string, date: string) => string;
  ago: (document: string, days: number, date: string) => string;
  /** How the Hijri date is written in this language. */
  hijri: (date: string) => string;
}

const arabicDays = (days: number) => (days === 2 ? 'يومين' : days <= 10 ? `${days} أيام` : `${days} يومًا`);

/**
 * The reminder texts. Each must fit one SMS part — 70 characters for the UCS-2 languages — with the
 * longest document name and both dates (a unit test renders every combination), so they are terse.
 */
const TEXTS: Record<Locale, ReminderTexts> = {
  ar: {
    documents: {
      own: {
        IQAMA: 'إقامتك',
        PASSPORT: 'جوازك',
        EXIT_REENTRY_VISA: 'تأشيرة خروجك وعودتك',
        VISIT_VISA: 'تأشيرة زيارتك',
        WORK_VISA: 'تأشيرة عملك',
      },
      dependent: {
        IQAMA: 'إقامة تابعك',
        PASSPORT: 'جواز تابعك',
        EXIT_REENTRY_VISA: 'خروج وعودة تابعك',
        VISIT_VISA: 'زيارة تابعك',
        WORK_VISA: 'تأشيرة عمل تابعك',
      },
    },
    ahead: (d, days, date) => `تنتهي ${d} بعد ${arabicDays(days)} في ${date}`,
    tomorrow: (d, date) => `تنتهي ${d} غدًا ${date}، جددها الآن`,
    today: (d, date) => `تنتهي ${d} اليوم ${date}، جددها الآن`,
    yesterday: (d, date) => `انتهت ${d} أمس ${date}، جددها الآن`,
    ago: (d, days, date) => `انتهت ${d} منذ ${arabicDays(days)} في ${date}`,
    hijri: (date) => `${date}هـ`,
  },
  en: {
    documents: {
      own: {
        IQAMA: 'your iqama',
        PASSPORT: 'your passport',
        EXIT_REENTRY_VISA: 'your exit/re-entry visa',
        VISIT_VISA: 'your visit visa',
        WORK_VISA: 'your work visa',
      },
      dependent: {
        IQAMA: "your dependent's iqama",
        PASSPORT: "your dependent's passport",
        EXIT_REENTRY_VISA: "your dependent's exit/re-entry visa",
        VISIT_VISA: "your dependent's visit visa",
        WORK_VISA: "your dependent's work visa",
      },
    },
    ahead: (d, days, date) => `Tawasul: ${d} expires in ${days} days, on ${date}. Renew it in time to avoid fines.`,
    tomorrow: (d, date) => `Tawasul: ${d} expires tomorrow, ${date}. Renew it to avoid fines.`,
    today: (d, date) => `Tawasul: ${d} expires today, ${date}. Renew it now to avoid fines.`,
    yesterday: (d, date) => `Tawasul: ${d} expired yesterday, ${date}. Renew it now to avoid fines.`,
    ago: (d, days, date) => `Tawasul: ${d} expired ${days} days ago, on ${date}. Renew it now to avoid fines.`,
    hijri: (date) => `${date} AH`,
  },
  ur: {
    documents: {
      own: {
        IQAMA: 'آپ کا اقامہ',
        PASSPORT: 'آپ کا پاسپورٹ',
        EXIT_REENTRY_VISA: 'آپ کا خروج و عودہ',
        VISIT_VISA: 'آپ کا وزٹ ویزا',
        WORK_VISA: 'آپ کا ورک ویزا',
      },
      dependent: {
        IQAMA: 'تابع کا اقامہ',
        PASSPORT: 'تابع کا پاسپورٹ',
        EXIT_REENTRY_VISA: 'تابع کا خروج و عودہ',
        VISIT_VISA: 'تابع کا وزٹ ویزا',
        WORK_VISA: 'تابع کا ورک ویزا',
      },
    },
    ahead: (d, days, date) => `${d} ${days} دن بعد ${date} کو ختم ہو گا`,
    tomorrow: (d, date) => `${d} کل ${date} ختم ہو گا، تجدید کریں`,
    today: (d, date) => `${d} آج ${date} ختم ہو گا، تجدید کریں`,
    yesterday: (d, date) => `${d} کل ${date} ختم ہو گیا، تجدید کریں`,
    ago: (d, days, date) => `${d} ${days} دن پہلے ${date} کو ختم ہوا`,
    hijri: (date) => `${date}ھ`,
  },
  hi: {
    documents: {
      own: {
        IQAMA: 'आपका इकामा',
        PASSPORT: 'आपका पासपोर्ट',
        EXIT_REENTRY_VISA: 'आपका री-एंट्री वीजा',
        VISIT_VISA: 'आपका विजिट वीजा',
        WORK_VISA: 'आपका वर्क वीजा',
      },
      dependent: {
        IQAMA: 'आश्रित का इकामा',
        PASSPORT: 'आश्रित का पासपोर्ट',
        EXIT_REENTRY_VISA: 'आश्रित का री-एंट्री',
        VISIT_VISA: 'आश्रित का विजिट',
        WORK_VISA: 'आश्रित का वर्क वीजा',
      },
    },
    ahead: (d, days, date) => `${d} ${days} दिन में ${date} समाप्त`,
    tomorrow: (d, date) => `${d} कल ${date} समाप्त होगा`,
    today: (d, date) => `${d} आज ${date} समाप्त होगा`,
    yesterday: (d, date) => `${d} कल ${date} समाप्त हुआ`,
    ago: (d, days, date) => `${d} ${days} दिन पहले ${date} समाप्त`,
    hijri: (date) => `${date} हि.`,
  },
  bn: {
    documents: {
      own: {
        IQAMA: 'আপনার ইকামা',
        PASSPORT: 'আপনার পাসপোর্ট',
        EXIT_REENTRY_VISA: 'আপনার রি-এন্ট্রি',
        VISIT_VISA: 'আপনার ভিজিট ভিসা',
        WORK_VISA: 'আপনার ওয়ার্ক ভিসা',
      },
      dependent: {
        IQAMA: 'পোষ্যের ইকামা',
        PASSPORT: 'পোষ্যের পাসপোর্ট',
        EXIT_REENTRY_VISA: 'পোষ্যের রি-এন্ট্রি',
        VISIT_VISA: 'পোষ্যের ভিজিট ভিসা',
        WORK_VISA: 'পোষ্যের ওয়ার্ক ভিসা',
      },
    },
    ahead: (d, days, date) => `${d} ${days} দিন পর ${date} শেষ হবে`,
    tomorrow: (d, date) => `${d} আগামীকাল ${date} শেষ হবে`,
    today: (d, date) => `${d} আজ ${date} শেষ হবে`,
    yesterday: (d, date) => `${d} গতকাল ${date} শেষ হয়েছে`,
    ago: (d, days, date) => `${d} ${days} দিন আগে ${date} শেষ`,
    hijri: (date) => `${date} হি.`,
  },
  tl: {
    documents: {
      own: {
        IQAMA: 'iyong iqama',
        PASSPORT: 'iyong pasaporte',
        EXIT_REENTRY_VISA: 'iyong exit/re-entry visa',
        VISIT_VISA: 'iyong visit visa',
        WORK_VISA: 'iyong work visa',
      },
      dependent: {
        IQAMA: 'iqama ng iyong dependent',
        PASSPORT: 'pasaporte ng iyong dependent',
        EXIT_REENTRY_VISA: 'exit/re-entry visa ng iyong dependent',
        VISIT_VISA: 'visit visa ng iyong dependent',
        WORK_VISA: 'work visa ng iyong dependent',
      },
    },
    ahead: (d, days, date) =>
      `Tawasul: mag-e-expire ang ${d} sa loob ng ${days} araw, sa ${date}. I-renew ito para iwas multa.`,
    tomorrow: (d, date) => `Tawasul: mag-e-expire ang ${d} bukas, ${date}. I-renew ito para iwas multa.`,
    today: (d, date) => `Tawasul: mag-e-expire ang ${d} ngayong araw, ${date}. I-renew na ito para iwas multa.`,
    yesterday: (d, date) => `Tawasul: nag-expire kahapon ang ${d}, ${date}. I-renew na ito para iwas multa.`,
    ago: (d, days, date) =>
      `Tawasul: nag-expire ang ${d} ${days} araw na ang nakalipas, noong ${date}. I-renew na ito para iwas multa.`,
    hijri: (date) => `${date} AH`,
  },
};

/** The reminder in the holder's language; the date is written Gregorian first, then Hijri. */
export const renderExpiryReminder = (reminder: ExpiryReminder, locale: Locale): string => {
  const texts = TEXTS[locale] ?? TEXTS.ar;
  const document = texts.documents[reminder.dependent ? 'dependent' : 'own'][reminder.type];
  const date = `${reminder.expiresOn} (${texts.hijri(reminder.expiresOnHijri)})`;
  const { daysLeft } = reminder;
  if (daysLeft > 1) return texts.ahead(document, daysLeft, date);
  if (daysLeft === 1) return texts.tomorrow(document, date);
  if (daysLeft === 0) return texts.today(document, date);
  if (daysLeft === -1) return texts.yesterday(document, date);
  return texts.ago(document, -daysLeft, date);
};
