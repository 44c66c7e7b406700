/** Names that reach an object's prototype, or shadow what it inherits, when used as plain keys. */
export const HOSTILE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'] as const;

/** Byte sequences that are not UTF-8, each of a different kind, with what makes them invalid. */
export const NOT_UTF8: readonly (readonly [string, readonly number[]])[] = [
  ['a byte that never starts a character', [0xff]],
  ['an overlong encoding of "/"', [0xc0, 0xaf]],
  ['an encoded surrogate', [0xed, 0xa0, 0x80]],
  ['a character cut short', [0xe2, 0x82]],
  ['a continuation byte alone', [0x80]],
  ['Latin-1 text', [0xe9, 0x74, 0xe9]],
];

/** A JSON submission whose description holds `bytes` in the middle of otherwise valid text. */
export const submissionWithBytes = (bytes: readonly number[]): Buffer =>
  Buffer.concat([
    Buffer.from('{"category":"GENERAL_INQUIRY","description":"When will my visa '),
    Buffer.from(bytes),
    Buffer.from(' be issued?"}'),
  ]);
