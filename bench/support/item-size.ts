/**
 * A value's size as DynamoDB bills it: strings in UTF-8 bytes, numbers about one byte per two
 * significant digits plus one, booleans and nulls one byte, maps and lists 3 bytes plus 1 per element.
 */
const sizeOfValue = (value: unknown): number => {
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'boolean' || value === null) return 1;
  if (typeof value === 'number') return Math.ceil(String(Math.abs(value)).replace(/^0+|\./g, '').length / 2) + 1;
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, element) => sum + sizeOfValue(element) + 1, 0);
  return (
    3 +
    Object.entries(value as object).reduce(
      (sum, [name, element]) => sum + Buffer.byteLength(name) + sizeOfValue(element) + 1,
      0,
    )
  );
};

/** An item's size as DynamoDB bills it (names plus values), or that of some of its attributes (an index's entry). */
export const sizeOfItem = (item: Record<string, unknown>, attributes?: readonly string[]) =>
  (attributes ?? Object.keys(item)).reduce(
    (sum, name) => (item[name] === undefined ? sum : sum + Buffer.byteLength(name) + sizeOfValue(item[name])),
    0,
  );
