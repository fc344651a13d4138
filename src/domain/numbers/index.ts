export * from './number-limits.js';
export * from './service-suffix.js';
export * from './format-subject-number.js';
export * from './format-service-number.js';
export * from './parse-filing-number.js';
