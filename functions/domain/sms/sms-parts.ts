/**
 * How many SMS parts a text costs (3GPP TS 23.038, as GOV.UK Notify counts them).
 *
 * A text made only of GSM-7 characters fits 160 septets in one part (153 per part once split);
 * the extension characters take two septets each. Any other character — all Arabic-script and
 * Indic text — sends the whole message as UCS-2: 70 UTF-16 units in one part, 67 per part after.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENSION = '^{}\\[~]|€\f';

const BASIC = new Set(GSM7_BASIC);
const EXTENSION = new Set(GSM7_EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSize {
  encoding: SmsEncoding;
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  parts: number;
}

export const SINGLE_PART_LIMIT: Record<SmsEncoding, number> = { 'GSM-7': 160, 'UCS-2': 70 };
const CONCATENATED_PART_LIMIT: Record<SmsEncoding, number> = { 'GSM-7': 153, 'UCS-2': 67 };

export const measureSms = (text: string): SmsSize => {
  let septets = 0;
  for (const character of text) {
    if (BASIC.has(character)) septets += 1;
    else if (EXTENSION.has(character)) septets += 2;
    else return size('UCS-2', text.length);
  }
  return size('GSM-7', septets);
};

const size = (encoding: SmsEncoding, units: number): SmsSize => ({
  encoding,
  units,
  parts: units <= SINGLE_PART_LIMIT[encoding] ? 1 : Math.ceil(units / CONCATENATED_PART_LIMIT[encoding]),
});
