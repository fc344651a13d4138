/** One catalogued error: a stable code, the HTTP status set once, and messages in zh-CN and English. */
export interface ErrorDefinition {
  status: number;
  zh: string;
  en: string;
}

export function defineErrors<const T extends Record<string, ErrorDefinition>>(definitions: T): T {
  return definitions;
}
