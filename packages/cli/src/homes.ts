/* Generated from pipeline/src/emit/packages.ts and raw/manifest.json by scripts/homes.mjs (run by the build). Do not edit. */

/** The package that is the home of each instrument's provisions (instrument ref → npm name). */
export const HOMES: Readonly<Record<string, string>> = {
  "ets185": "@cyberlex/budapest-convention",
  "rs-cc": "@cyberlex/rs-criminal-code",
  "rs-cpc": "@cyberlex/rs-criminal-procedure-code",
  "rs-cybercrime-authorities-law": "@cyberlex/rs-cybercrime-authorities-law"
};

/** The packages that hold Convention implementation mappings. */
export const MAPPING_HOMES: readonly string[] = ["@cyberlex/rs-budapest-implementation"];
