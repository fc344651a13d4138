export * from './iso-date.js';
export * from './safe-text.js';
export * from './material-reference.js';
export * from './person-form.js';
export * from './subject-form.js';
export * from './service-form.js';
export * from './application-body.js';
