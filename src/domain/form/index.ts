export * from './person-form.js';
export * from './subject-form.js';
export * from './service-form.js';
export * from './application-body.js';
export * from './material-id.js';
export * from './material-references.js';
