/** One filled-in field of an application body, by the path findings and return reasons name it with. */
export interface FieldEntry {
  path: string;
  /** The last named segment (`signatureMd5` of `services[0].featureInfo[1].signatureMd5`), for its label. */
  key: string;
  value: string;
}

/** The body's leaves in document order; arrays of scalars are joined, empty values left out. */
export function flattenFields(value: unknown, path = ''): FieldEntry[] {
  if (value === null || value === undefined || value === '') return [];
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      return value.length ? [{ path, key: lastKey(path), value: value.map(String).join(', ') }] : [];
    }
    return value.flatMap((item, i) => flattenFields(item, `${path}[${i}]`));
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flattenFields(v, path ? `${path}.${k}` : k));
  }
  return [{ path, key: lastKey(path), value: String(value) }];
}

function lastKey(path: string): string {
  return /([A-Za-z][A-Za-z0-9]*)(?:\[\d+\])?$/.exec(path)?.[1] ?? path;
}

/** The section a field belongs to: `subject`, `subject.mainPerson`, `services[0]`, `services[0].responsiblePerson`… */
export function sectionOf(path: string): string {
  const parts = path.split('.');
  return parts.slice(0, -1).join('.').replace(/\[\d+\]$/, (m) => m) || 'application';
}
