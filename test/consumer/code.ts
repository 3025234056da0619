/**
 * The consumer's code, written from the data each installed package holds: a program that
 * uses every package through its typed accessor (type-checked, then run with node), and a file
 * of wrong uses, each under `// @ts-expect-error`, so tsc passes only if every one is an error.
 */
import type { Dataset } from '@cyberlex/schema';

export interface Installed {
  name: string;
  data: Dataset;
}

const q = (s: string) => JSON.stringify(s);

/** The refs a package's code can use: an article (the most amended), a paragraph, an instrument, a mapping, a fact kind. */
export function samples(data: Dataset) {
  const articles = data.provisions.filter((p) => p.kind === 'article');
  const article = [...articles].sort((a, b) => b.versions.length - a.versions.length)[0] ?? null;
  return {
    article: article?.ref ?? null,
    paragraph: data.provisions.find((p) => p.kind === 'paragraph')?.ref ?? null,
    instrument: data.instruments[0]?.ref ?? null,
    mapping: data.mappings[0]?.articleRef ?? null,
    factKind: data.facts[0]?.kind ?? null,
  };
}

/** A ref no package has, in the package's own instrument: `<instrument>:99` (or more nines). */
export function missingRef(data: Dataset): string {
  const instrument = data.instruments[0]?.ref ?? 'rs-cybercrime-authorities-law';
  let n = '99';
  while (data.provisions.some((p) => p.ref === `${instrument}:${n}`)) n += '9';
  return `${instrument}:${n}`;
}

/** consumer.ts: uses every package; prints what it found as JSON, which the test compares with the data. */
export function consumerProgram(packages: readonly Installed[]): string {
  const lines = [
    `import { readFileSync } from 'node:fs';`,
    `import { createRequire } from 'node:module';`,
    `import { Dataset, context } from '@cyberlex/schema';`,
    `import type { Dataset as DatasetShape } from '@cyberlex/schema/types';`,
    ...packages.map((p, i) => `import * as p${i} from ${q(p.name)};`),
    '',
    'const require = createRequire(import.meta.url);',
    `const read = (spec: string): unknown => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));`,
    'const report: Record<string, Record<string, unknown>> = {};',
  ];
  packages.forEach(({ name, data }, i) => {
    const p = `p${i}`;
    const s = samples(data);
    lines.push(
      '',
      `{`,
      `  const data: DatasetShape = ${p}.dataset;`,
      `  Dataset.parse(data);`,
      `  const shipped = read(${q(`${name}/data.jsonld`)}) as DatasetShape;`,
      `  const shippedContext = read(${q(`${name}/context.jsonld`)}) as { '@context': unknown };`,
      `  const schema = read(${q(`${name}/schema.json`)}) as { $id: string };`,
      `  const changes = read(${q(`${name}/changes.json`)}) as unknown[];`,
      `  const entry: Record<string, unknown> = {`,
      `    package: data.package,`,
      `    counts: [${p}.instruments().length, ${p}.provisions().length, ${p}.mappings().length, ${p}.facts().length, ${p}.conflicts().length, data.tombstones.length],`,
      `    sameData: JSON.stringify(shipped) === JSON.stringify(data),`,
      `    sameContext: JSON.stringify(shippedContext['@context']) === JSON.stringify(context),`,
      `    schema: schema.$id,`,
      `    changes: changes.length,`,
      `    tombstone: ${p}.tombstone(data.tombstones[0]?.['@id'] ?? 'https://w3id.org/cyberlex/none')?.ref ?? null,`,
      `  };`,
    );
    if (s.article) {
      lines.push(
        `  const ref: ${p}.ArticleRef = ${q(s.article)};`,
        `  const versions: ${p}.Version[] = ${p}.versions(ref);`,
        `  const first = versions[0]?.versionDate ?? null;`,
        `  const now = ${p}.at(ref, '2100-01-01');`,
        `  const before = first === null ? undefined : ${p}.at(ref, '1900-01-01');`,
        `  entry.article = { ref, iri: ${p}.provision(ref)?.['@id'] ?? null, versions: versions.map((v) => v['@id']), status: now?.status ?? null, before: before?.status ?? null, paragraphs: now?.paragraphs.map((x) => x.text) ?? [] };`,
      );
    }
    if (s.paragraph) lines.push(`  const paragraph: ${p}.ParagraphRef = ${q(s.paragraph)};`, `  entry.paragraph = ${p}.at(paragraph)?.paragraphs.map((x) => x.text) ?? null;`);
    if (s.instrument) lines.push(`  const instrument: ${p}.InstrumentRefIn = ${q(s.instrument)};`, `  entry.instrument = ${p}.instrument(instrument)?.title ?? null;`);
    if (s.mapping) lines.push(`  const mapped: ${p}.MappedArticleRef = ${q(s.mapping)};`, `  entry.mapping = ${p}.mapping(mapped)?.assessment ?? null;`);
    if (s.factKind) lines.push(`  const kind: ${p}.FactKind = ${q(s.factKind)};`, `  entry.facts = ${p}.facts(kind).length;`);
    lines.push(`  report[${q(name)}] = entry;`, `}`);
  });
  lines.push('', 'console.log(JSON.stringify(report));', '');
  return lines.join('\n');
}

/** consumer-require.cts: every package through `require` (its CommonJS entry and .d.cts), compiled by tsc to .cjs. */
export function requireProgram(packages: readonly Installed[]): string {
  const lines = [...packages.map((p, i) => `import p${i} = require(${q(p.name)});`), '', 'const report: Record<string, Record<string, unknown>> = {};'];
  packages.forEach(({ name, data }, i) => {
    const p = `p${i}`;
    const s = samples(data);
    lines.push(
      '{',
      `  const shipped: unknown = require(${q(`${name}/data.json`)});`,
      `  const entry: Record<string, unknown> = { counts: [${p}.instruments().length, ${p}.provisions().length, ${p}.mappings().length, ${p}.facts().length], sameData: JSON.stringify(shipped) === JSON.stringify(${p}.dataset), badDate: null };`,
    );
    if (s.article) {
      lines.push(
        `  const ref: ${p}.ArticleRef = ${q(s.article)};`,
        `  entry.article = ${p}.at(ref, '2100-01-01')?.paragraphs.map((x) => x.text) ?? [];`,
        `  try { ${p}.at(ref, '2009-13-45'); } catch (error) { entry.badDate = error instanceof TypeError ? 'TypeError' : String(error); }`,
      );
    }
    lines.push(`  report[${q(name)}] = entry;`, '}');
  });
  lines.push('', 'console.log(JSON.stringify(report));', '');
  return lines.join('\n');
}

export interface WrongUse {
  why: string;
  code: string;
}

/** Uses a consumer must not get past the type checker, per package. */
export function wrongUses({ data }: Installed, p: string): WrongUse[] {
  const s = samples(data);
  const uses: WrongUse[] = [
    { why: 'a misspelled field of the dataset', code: `${p}.dataset.provisons;` },
    { why: 'a misspelled field of a provision', code: `${p}.provisions()[0]?.titel;` },
    { why: 'a ref of the wrong shape', code: `${p}.at('rs-cc:abc');` },
    { why: 'an article the package does not have', code: `${p}.provision(${q(missingRef(data))});` },
    { why: 'a law article where a paragraph ref of this package is expected', code: `${p}.versions('rs-cybercrime-authorities-law:99');` },
    { why: 'a provision ref where an instrument ref belongs', code: `${p}.instrument('rs-cybercrime-authorities-law:1/1');` },
    { why: 'a fact kind the package does not have', code: `${p}.facts('no-such-kind');` },
    { why: 'a Convention article without a mapping here', code: `${p}.mapping('ets185:999');` },
    { why: 'a ref of an instrument no cyberlex package has', code: `${p}.mappingsOf('xx-nothing:1');` },
    { why: 'a string that is not a ref where packageOf wants one', code: `${p}.packageOf('nonsense');` },
  ];
  if (s.article) {
    uses.push(
      { why: 'a date that is not YYYY-MM-DD', code: `${p}.at(${q(s.article)}, '1 January 2009');` },
      { why: 'a possibly undefined provision used without a check (strict)', code: `${p}.provision(${q(s.article)}).title;` },
      { why: 'a version field that does not exist', code: `${p}.versions(${q(s.article)})[0]?.date;` },
    );
  }
  return uses;
}

/** errors.ts: every wrong use under `// @ts-expect-error` — tsc fails on any that is not an error. */
export function errorsFile(packages: readonly Installed[]): string {
  const lines = [`import type { Dataset as DatasetShape } from '@cyberlex/schema/types';`, ...packages.map((p, i) => `import * as p${i} from ${q(p.name)};`), ''];
  packages.forEach((pkg, i) => {
    for (const use of wrongUses(pkg, `p${i}`)) lines.push(`// @ts-expect-error ${pkg.name}: ${use.why}`, use.code);
  });
  lines.push(`declare const shape: DatasetShape;`, `// @ts-expect-error @cyberlex/schema/types: a misspelled field`, `shape.provisons;`, '');
  return lines.join('\n');
}

/** The ```js blocks of a README, in order: the examples a consumer would copy. */
export function jsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```js\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}
