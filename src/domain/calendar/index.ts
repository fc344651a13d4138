export * from './calendar-date.js';
export * from './shanghai-time.js';
export * from './built-in-schedule.js';
export * from './working-day-calendar.js';
export * from './deadlines.js';
export * from './year-proposal.js';
