export interface PartyRef {
  id: string;
  name: string;
  nameEn: string | null;
  provinceName: { zh: string; en: string } | null;
}

/** A party's name in the reader's language; a bureau is named by its province, shorter in charts and tables. */
export function partyLabel(party: PartyRef, language: 'zh-CN' | 'en'): string {
  if (party.provinceName) return language === 'en' ? party.provinceName.en : party.provinceName.zh;
  return language === 'en' ? (party.nameEn ?? party.name) : party.name;
}

/** Seconds as hours, one decimal (review times compare in hours; the deadlines' working days are a different count). */
export function hoursOf(seconds: number | null): number | null {
  return seconds === null ? null : Math.round(seconds / 360) / 10;
}

const shanghaiMinutes = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

/** An instant as `YYYY-MM-DD HH:mm` in Beijing time, the time the working-day deadlines are counted in. */
export function shanghaiDateTime(iso: string): string {
  return shanghaiMinutes.format(new Date(iso));
}
