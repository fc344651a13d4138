import { provinces } from './regions.js';

/**
 * 服务器放置地 — where servers may stand: the 31 mainland provinces, given as six-digit codes (440000) in the
 * application body, with the MIIT form bit (domain.md §2.5). Servers abroad or in Hong Kong, Macau and Taiwan
 * cannot be filed.
 */
const miitBits: Record<string, number> = {
  '34': 1, '11': 2, '50': 4, '35': 8, '44': 16, '62': 32, '45': 64, '52': 128, '41': 256, '42': 512, '13': 1024,
  '46': 2048, '23': 8192, '43': 16384, '22': 32768, '32': 65536, '36': 131072, '21': 262144, '15': 1048576,
  '64': 2097152, '63': 4194304, '51': 8388608, '37': 16777216, '31': 33554432, '61': 67108864, '14': 134217728,
  '12': 268435456, '65': 1073741824, '54': 2147483648, '53': 4294967296, '33': 8589934592,
};

export interface ServerLocation {
  code: string;
  zh: string;
  en: string;
  miitBit: number;
}

export const serverLocations: readonly ServerLocation[] = provinces
  .filter((p) => p.mainland)
  .map((p) => ({ code: `${p.code}0000`, zh: p.zh, en: p.en, miitBit: miitBits[p.code]! }));

export function serverLocation(code: string): ServerLocation | undefined {
  return serverLocations.find((l) => l.code === code);
}
