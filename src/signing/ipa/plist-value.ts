/** A property-list value as Beian reads it (dates as ISO strings, data as bytes). */
export type PlistValue = string | number | boolean | Buffer | Date | null | PlistValue[] | { [key: string]: PlistValue };

export function plistString(value: PlistValue | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

export function plistDict(value: PlistValue | undefined): Record<string, PlistValue> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value) && !(value instanceof Date)
    ? (value as Record<string, PlistValue>)
    : undefined;
}
