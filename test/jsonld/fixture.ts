/**
 * A dataset that uses every node kind the JSON-LD checks must see, while some packages have
 * no data yet: the law package as shipped, plus one hand-made mapping, statement, application,
 * conflict and tombstone. The zod model parses it, so it is a dataset the pipeline could emit.
 */
import { Dataset } from '@cyberlex/schema';
import type { ShippedDataset } from './jsonld.js';

const BASE = 'https://w3id.org/cyberlex/';
const SOURCE = 'coe-cybercrime-legislation-profile-serbia';
const SHA = '90036b978fd9fac687d40cdfd7fb79b6e1857c1aa1b39b84db56c21f4eab55b8';
const span = (start: number, end: number) => [{ source: SOURCE, sha256: SHA, start, end }];

export function fixtureDataset(law: ShippedDataset): ShippedDataset {
  const data = Dataset.parse(law.data);
  const article = data.provisions.find((p) => p.kind === 'article')!;
  const lawSource = data.sources[0]!;
  const convention = `${BASE}eli/coe/ets/185/art_2`;
  const cc = `${BASE}eli/rs/code/criminal`;
  const fixture: Dataset = {
    ...data,
    statements: [
      { '@id': `${BASE}id/statement/fixture-1`, '@type': ['cyberlex:Statement'], about: [article['@id']], kind: 'not-amended', text: 'not amendment', source: SOURCE, sourceDate: '2009-12-29', provenance: span(10, 23) },
    ],
    mappings: [
      {
        '@id': `${BASE}id/mapping/ets185-2`,
        '@type': ['cyberlex:ImplementationMapping'],
        article: convention,
        articleRef: 'ets185:2',
        title: 'Illegal access',
        jurisdiction: 'RS',
        statement: 'Article 302 of the Criminal Code',
        provisions: [`${cc}/art_302`, `${cc}/art_302/para_1`],
        instruments: [cc],
        quoted: [`${cc}/art_302`],
        assessment: 'provided',
        rule: 'cites-provision',
        source: SOURCE,
        sourceDate: null,
        provenance: span(100, 140),
      },
    ],
    applications: [{ '@id': `${cc}/art_302`, applies: [convention] }],
    conflicts: [
      {
        '@id': `${BASE}id/conflict/fixture-1`,
        '@type': ['cyberlex:Conflict'],
        subject: article['@id'],
        property: 'versionDate',
        description: 'The sources give different dates.',
        claims: [
          { value: '2009-12-29', source: SOURCE, provenance: span(200, 210) },
          { value: '2010-01-01', source: lawSource.id, provenance: [{ source: lawSource.id, sha256: lawSource.sha256, start: 300, end: 310 }] },
        ],
      },
    ],
    tombstones: [
      { '@id': `${article['@id']}-old`, '@type': ['cyberlex:Tombstone'], ref: article.ref, replacedBy: article['@id'], reason: 'renamed', since: '1.0.0' },
      { '@id': `${BASE}id/statement/gone`, '@type': ['cyberlex:Tombstone'], ref: 'statement/gone', replacedBy: null, reason: 'removed', since: '1.0.0' },
    ],
  };
  return { dir: 'fixture', name: '@cyberlex/fixture', data: Dataset.parse(fixture) as unknown as Record<string, unknown> };
}
