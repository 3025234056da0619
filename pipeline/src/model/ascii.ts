/**
 * [A-Za-z0-9] by char code: the segmenter's tag names and the linker's words test every
 * character, and a regex per character is many times slower than this comparison.
 */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
