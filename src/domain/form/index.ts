export * from './person-form.js';
export * from './subject-form.js';
export * from './service-form.js';
export * from './application-body.js';
