/** A form field name (['services', 0, 'name']) as the API writes the field's path (services[0].name). */
export function pathOf(name: ReadonlyArray<string | number>): string {
  return name.reduce<string>((path, part) => (typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}
