/** 接入方式 — connection methods with the MIIT form bit (domain.md §2.5). */
export interface ConnectionMethod {
  code: string;
  zh: string;
  en: string;
  miitBit: number;
}

export const connectionMethods: readonly ConnectionMethod[] = [
  { code: 'dedicated_line', zh: '专线', en: 'Dedicated line', miitBit: 1 },
  { code: 'colocation', zh: '主机托管', en: 'Colocation', miitBit: 2 },
  { code: 'virtual_host', zh: '虚拟主机', en: 'Virtual hosting', miitBit: 4 },
  { code: 'other', zh: '其他', en: 'Other', miitBit: 8 },
  { code: 'cloud', zh: '云接入', en: 'Cloud access', miitBit: 16 },
];

export function connectionMethod(code: string): ConnectionMethod | undefined {
  return connectionMethods.find((m) => m.code === code);
}
