export * from './region.js';
export * from './default-regions.js';
export * from './region-lookup.js';
export * from './divisions.js';
