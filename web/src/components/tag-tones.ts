import type { CSSProperties } from 'react';

/** Tag colours with text dark enough for WCAG AA contrast on their tint (Ant Design's presets are lighter). */
export const tagTones = {
  neutral: { color: '#3a3a3a', background: '#fafafa', borderColor: '#d9d9d9' },
  info: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  success: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  warning: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
} satisfies Record<string, CSSProperties>;
