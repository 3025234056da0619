/**
 * Inflated bytes, bounded: before pdf.js reads the document, the reader thread inflates
 * each Flate-compressed stream of the file itself, with zlib stopping at the per-stream
 * limit (`maxOutputLength`), and adds up what they inflate to against the per-document
 * limit. pdf.js's own inflated buffers live outside the V8 heap, where the thread's heap
 * limit does not see them; a stream that would inflate past a limit is refused here,
 * before pdf.js allocates anything for it. Kept as plain JavaScript source for the reader
 * thread (reader-worker.ts).
 *
 * Streams are found as the bytes between a `stream` keyword (after a dictionary that names
 * /FlateDecode as its first filter) and the next `endstream`. A stream zlib cannot inflate
 * (damaged, or encrypted) is left to pdf.js, which reads it under the heap and time limits.
 */
export const STREAMS_WORKER_SOURCE = String.raw`
function checkInflatedSize(bytes, limits) {
  const zlib = require('node:zlib');
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const perStream = limits.maxStreamMb * 1024 * 1024;
  const perDocument = limits.maxInflatedMb * 1024 * 1024;
  let total = 0;
  const keyword = /\bstream(?:\r\n|\n|\r)/g;
  for (let match = keyword.exec(text); match !== null; match = keyword.exec(text)) {
    const start = match.index + match[0].length;
    const dictionaryStart = Math.max(text.lastIndexOf(' obj', match.index), text.lastIndexOf('endstream', match.index), 0);
    const dictionary = text.slice(dictionaryStart, match.index);
    const end = text.indexOf('endstream', start);
    if (end === -1) break;
    keyword.lastIndex = end;
    if (!/\/Filter\s*(?:\[\s*)?\/FlateDecode\b/.test(dictionary)) continue;
    const data = Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);
    let size;
    try {
      size = zlib.inflateSync(data, { maxOutputLength: Math.min(perStream, perDocument - total) + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
    } catch (error) {
      if (error && error.code === 'ERR_BUFFER_TOO_LARGE') size = Math.min(perStream, perDocument - total) + 1;
      else continue;
    }
    if (size > perStream) throw new Stop('stream-too-large', undefined, 'object at byte ' + dictionaryStart);
    total += size;
    if (total > perDocument) throw new Stop('inflated-too-much', undefined, String(total));
  }
}
`;
