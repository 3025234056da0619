/** Where a JSON text goes wrong: the one JSON position model lives in model/json-position.ts. */
export { jsonErrorOffset } from '../model/json-position.js';
