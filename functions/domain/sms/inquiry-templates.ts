import type { Reference } from '../inquiries/reference.js';
import type { Locale } from '../shared/locale.js';

/** Every status change a resident hears of by SMS. */
export const SMS_MESSAGES = [
  'RECEIVED',
  'NEEDS_INFO',
  'ACCEPTED',
  'REJECTED',
  'CLOSED',
  'APPEAL_RECEIVED',
  'APPEAL_DECIDED',
  'REPLY_REMINDER',
] as const;
export type SmsMessage = (typeof SMS_MESSAGES)[number];

/**
 * The texts, with `{ref}` for the inquiry's reference — the only value a message carries, so no
 * other personal data ever travels by SMS. Each fits one SMS part (a unit test renders them all).
 */
const TEMPLATES: Record<SmsMessage, Record<Locale, string>> = {
  RECEIVED: {
    ar: 'تواصل: استلمنا طلبك {ref} وسنرد خلال 7 أيام عمل',
    en: 'Tawasul: we received your request {ref}. We will reply within 7 working days.',
    ur: 'تواصل: درخواست {ref} موصول، 7 کاروباری دن میں جواب دیں گے',
    hi: 'तवासुल: अनुरोध {ref} मिला। 7 कार्य दिवस में उत्तर देंगे।',
    bn: 'তাওয়াসুল: অনুরোধ {ref} পেয়েছি। ৭ কার্যদিবসে উত্তর দেব।',
    tl: 'Tawasul: natanggap namin ang kahilingan {ref}. Sasagot kami sa loob ng 7 araw ng trabaho.',
  },
  NEEDS_INFO: {
    ar: 'تواصل: طلبك {ref} يحتاج معلومات إضافية، افتحه وأرسل ردك',
    en: 'Tawasul: your request {ref} needs more information. Please open it and reply.',
    ur: 'تواصل: درخواست {ref} کے لیے مزید معلومات درکار، جواب دیں',
    hi: 'तवासुल: अनुरोध {ref} हेतु और जानकारी चाहिए, उत्तर दें।',
    bn: 'তাওয়াসুল: অনুরোধ {ref} এর জন্য আরও তথ্য দরকার। উত্তর দিন।',
    tl: 'Tawasul: kailangan ng karagdagang impormasyon ang kahilingan {ref}. Pakisagot.',
  },
  ACCEPTED: {
    ar: 'تواصل: تم قبول طلبك {ref}',
    en: 'Tawasul: your request {ref} has been accepted.',
    ur: 'تواصل: آپ کی درخواست {ref} منظور ہو گئی ہے',
    hi: 'तवासुल: आपका अनुरोध {ref} स्वीकार कर लिया गया है।',
    bn: 'তাওয়াসুল: আপনার অনুরোধ {ref} গৃহীত হয়েছে।',
    tl: 'Tawasul: tinanggap na ang iyong kahilingan {ref}.',
  },
  REJECTED: {
    ar: 'تواصل: رُفض طلبك {ref}، ويمكنك الاعتراض خلال 30 يومًا',
    en: 'Tawasul: your request {ref} was rejected. You may appeal within 30 days.',
    ur: 'تواصل: درخواست {ref} مسترد، 30 دن میں اپیل کر سکتے ہیں',
    hi: 'तवासुल: अनुरोध {ref} अस्वीकृत। 30 दिन में अपील करें।',
    bn: 'তাওয়াসুল: অনুরোধ {ref} প্রত্যাখ্যাত। ৩০ দিনে আপিল করুন।',
    tl: 'Tawasul: tinanggihan ang kahilingan {ref}. Maaari kang umapela sa loob ng 30 araw.',
  },
  CLOSED: {
    ar: 'تواصل: أُغلق طلبك {ref}',
    en: 'Tawasul: your request {ref} has been closed.',
    ur: 'تواصل: آپ کی درخواست {ref} بند کر دی گئی ہے',
    hi: 'तवासुल: आपका अनुरोध {ref} बंद कर दिया गया है।',
    bn: 'তাওয়াসুল: আপনার অনুরোধ {ref} বন্ধ করা হয়েছে।',
    tl: 'Tawasul: isinara na ang iyong kahilingan {ref}.',
  },
  APPEAL_RECEIVED: {
    ar: 'تواصل: استلمنا اعتراضك على الطلب {ref}',
    en: 'Tawasul: we received your appeal on request {ref}.',
    ur: 'تواصل: درخواست {ref} پر آپ کی اپیل موصول ہو گئی ہے',
    hi: 'तवासुल: अनुरोध {ref} पर आपकी अपील मिल गई है।',
    bn: 'তাওয়াসুল: অনুরোধ {ref} এর আপিল পেয়েছি।',
    tl: 'Tawasul: natanggap namin ang iyong apela sa kahilingan {ref}.',
  },
  APPEAL_DECIDED: {
    ar: 'تواصل: صدر قرار اعتراضك على الطلب {ref}، افتحه للتفاصيل',
    en: 'Tawasul: your appeal on request {ref} has been decided. Please open it for details.',
    ur: 'تواصل: درخواست {ref} کی اپیل پر فیصلہ ہو گیا، تفصیل دیکھیں',
    hi: 'तवासुल: अनुरोध {ref} की अपील पर निर्णय हुआ। विवरण देखें।',
    bn: 'তাওয়াসুল: অনুরোধ {ref} এর আপিলে সিদ্ধান্ত হয়েছে। দেখুন।',
    tl: 'Tawasul: may desisyon na sa apela ng kahilingan {ref}. Pakitingnan ito.',
  },
  REPLY_REMINDER: {
    ar: 'تواصل: بقيت 3 أيام للرد على طلبك {ref} قبل إغلاقه',
    en: 'Tawasul: 3 days left to reply to request {ref} before it is closed.',
    ur: 'تواصل: 3 دن میں جواب نہ ملا تو درخواست {ref} بند ہو گی',
    hi: 'तवासुल: 3 दिन में उत्तर न मिला तो अनुरोध {ref} बंद होगा।',
    bn: 'তাওয়াসুল: অনুরোধ {ref} বন্ধের আগে উত্তর দিতে ৩ দিন বাকি।',
    tl: 'Tawasul: 3 araw na lang para sumagot sa kahilingan {ref} bago ito isara.',
  },
};

/** The message in the resident's language; Arabic when their language has no text (it always has, today). */
export const renderSms = (message: SmsMessage, locale: Locale, reference: Reference): string =>
  (TEMPLATES[message][locale] ?? TEMPLATES[message].ar).replace('{ref}', reference);
