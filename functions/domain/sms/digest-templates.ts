import type { Locale } from '../shared/locale.js';

/** What an establishment's daily digest says: how many of its employees' documents are due. */
export interface EstablishmentDigest {
  /** Expiring within `withinDays` from the day it is sent, that day included. */
  expiring: number;
  expired: number;
  withinDays: number;
}

type DigestText = (expiring: number, expired: number, days: number) => string;

/**
 * The digest texts, worded around the counts ("expiring: 12") so that no language needs its plural
 * forms. Each must fit one SMS part — 70 characters for the UCS-2 languages — with counts of
 * six digits (a unit test renders every language at its longest).
 */
const TEXTS: Record<Locale, DigestText> = {
  ar: (expiring, expired, days) => `وثائق موظفيك: تنتهي خلال ${days} يومًا ${expiring}، ومنتهية ${expired}، جددها الآن`,
  en: (expiring, expired, days) =>
    `Tawasul: your employees' documents expiring within ${days} days: ${expiring}, expired: ${expired}. Renew them in time to avoid fines.`,
  ur: (expiring, expired, days) =>
    `ملازمین کی دستاویزات: ${days} دن میں ختم ${expiring}، ختم شدہ ${expired}۔ تجدید کریں`,
  hi: (expiring, expired, days) => `कर्मचारी दस्तावेज़: ${days} दिन में समाप्त ${expiring}, समाप्त ${expired}। नवीनीकरण`,
  bn: (expiring, expired, days) => `কর্মীদের নথি: ${days} দিনে শেষ হবে ${expiring}, শেষ হয়েছে ${expired}। নবায়ন করুন`,
  tl: (expiring, expired, days) =>
    `Tawasul: mga dokumento ng iyong mga empleyado na mag-e-expire sa loob ng ${days} araw: ${expiring}, expired na: ${expired}. I-renew na ang mga ito.`,
};

/** The digest in the contact's language (Arabic when it has none of its own). */
export const renderEstablishmentDigest = (digest: EstablishmentDigest, locale: Locale): string =>
  (TEXTS[locale] ?? TEXTS.ar)(digest.expiring, digest.expired, digest.withinDays);
