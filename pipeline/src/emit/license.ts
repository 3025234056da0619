/**
 * A data package's LICENSE: the terms of what it holds, stated for what they are. The code and
 * the data's structure are the project's, under MIT; the texts are their publishers', quoted from
 * the public documents the package's sources list, and no licence is granted for them here.
 */
import type { Dataset } from '@cyberlex/schema';
import type { PackageSpec } from './packages.js';

export const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

export const COPYRIGHT = 'Copyright (c) cyberlex contributors';

/** The publishers whose texts a dataset quotes, each with the sources of theirs it comes from. */
export function publishers(data: Dataset): { publisher: string; titles: string[] }[] {
  const by = new Map<string, string[]>();
  for (const s of data.sources) by.set(s.publisher, [...(by.get(s.publisher) ?? []), s.title]);
  return [...by].map(([publisher, titles]) => ({ publisher, titles }));
}

export function packageLicense(spec: PackageSpec, data: Dataset): string {
  const texts = publishers(data);
  return [
    `${spec.name}: terms of use`,
    '',
    '1. The texts',
    '',
    ...(texts.length === 0
      ? ['This release quotes no source text.']
      : [
          'The legal texts and other words this package quotes (the `text`, `title`, `statement` and similar',
          'values of data.json and data.jsonld) are their publishers\', quoted verbatim from public documents:',
          '',
          ...texts.flatMap(({ publisher, titles }) => [`- ${publisher}:`, ...titles.map((t) => `  - ${t}`)]),
          '',
          'The English texts of laws are unofficial translations. cyberlex does not hold rights in these texts',
          'and grants no licence for them: their use is governed by their publishers\' terms and by the law that',
          'applies to official texts where you use them. The README lists each source with its sha256.',
        ]),
    '',
    '2. Everything else',
    '',
    'The code (index.js, index.cjs, accessor.js, accessor.cjs, calendar-date.js, the .d.ts files), the data\'s',
    'structure, identifiers, dates, links, assessments and provenance, and the schema and context are',
    'released under the MIT License:',
    '',
    COPYRIGHT,
    '',
    MIT,
    '',
  ].join('\n');
}
