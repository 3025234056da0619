export * from './calendar-date.js';
export * from './model/common.js';
export * from './model/legislation.js';
export * from './model/mapping.js';
export * from './model/facts.js';
export * from './model/dataset.js';
export { context, CONTEXT_TERMS } from './context.js';
