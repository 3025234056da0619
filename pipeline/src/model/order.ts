/**
 * The order refs and numbers are listed in: "2" before "10", "185" before "185a" before
 * "185b". One collator, made once (`localeCompare` with options builds a new one per call,
 * which dominated sorting thousands of refs).
 */
const collator = new Intl.Collator('en', { numeric: true });

export const byNumber: (a: string, b: string) => number = collator.compare;
