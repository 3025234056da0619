/** Writing one file whole or not at all. */
import { renameSync, writeFileSync } from 'node:fs';

/**
 * Write `content` beside `file`, then rename it over `file`: a concurrent reader sees the old
 * file or the whole new one, never a part (the rename is atomic on one filesystem).
 */
export function replaceFile(file: string, content: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, content);
  renameSync(temp, file);
}
