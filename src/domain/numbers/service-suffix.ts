import type { ServiceType } from '../form/service-form.js';

/** The letter a service number ends with, by service type: 网站 "-1", APP "-2A", 小程序 "-3X", 快应用 "-4K". */
export const serviceSuffixes: Readonly<Record<ServiceType, '' | 'A' | 'X' | 'K'>> = Object.freeze({
  website: '',
  app: 'A',
  mini_program: 'X',
  quick_app: 'K',
});

/** The service type a suffix letter stands for ('' is a website); undefined for a letter no service type uses. */
export function serviceTypeForSuffix(suffix: string): ServiceType | undefined {
  for (const [type, letter] of Object.entries(serviceSuffixes) as Array<[ServiceType, string]>) {
    if (letter === suffix) return type;
  }
  return undefined;
}
