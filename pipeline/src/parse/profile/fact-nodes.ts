/**
 * `ProfileFacts` as model nodes: the State's standing with the Convention (signature,
 * ratification), a declaration, and the central authority it designates. The only module
 * that knows the Fact schema's kinds, so a change there is a change here alone.
 */
import type { Conflict, Fact } from '@cyberlex/schema';
import { instrumentIri, nodeIri } from '../../model/iri.js';
import type { DeclarationFacts, ProfileFacts, Stated } from './facts.js';

interface Origin {
  source: string;
  sourceDate: string | null;
  convention: string;
}

export function factNodes(facts: ProfileFacts, origin: Origin): { facts: Fact[]; conflicts: Conflict[] } {
  const out: Fact[] = [];
  const conflicts: Conflict[] = [];
  const about = instrumentIri(origin.convention);
  const base = { alternateNames: [], source: origin.source, sourceDate: origin.sourceDate };
  const declarationIris = facts.declarations.map((d, i) => nodeIri('fact', `${origin.source}/${origin.convention}-declaration-${d.registered?.value.date ?? i + 1}`));
  const country = facts.country?.value ?? null;

  const status = (kind: 'signature' | 'ratification', stated: Stated<string>): Fact => ({
    ...base,
    '@id': nodeIri('fact', `${origin.source}/${origin.convention}-${kind}`),
    '@type': ['cyberlex:ConventionStatus'],
    kind: 'convention-status',
    name: null,
    description: stated.text,
    provenance: stated.provenance,
    evidence: [{ property: kind === 'signature' ? 'startDate' : 'dateRatified', text: stated.text, provenance: stated.provenance }],
    about: [about],
    country,
    status: kind === 'signature' ? 'signatory' : 'party',
    statusLabel: stated.text.slice(0, stated.text.indexOf(':')),
    // A signatory from its signature; the date it became a party is not the ratification date, and the profile does not give it.
    startDate: kind === 'signature' ? stated.value : null,
    dateRatified: kind === 'ratification' ? stated.value : null,
    declarations: kind === 'ratification' ? declarationIris : [],
  });
  if (facts.signature) out.push(status('signature', facts.signature));
  if (facts.ratification) out.push(status('ratification', facts.ratification));

  facts.declarations.forEach((d, i) => {
    const id = declarationIris[i]!;
    const concerns = d.concerns?.value ?? d.articlesInText;
    if (concerns.length > 0) out.push(declaration(d, id, concerns, base));
    const conflict = concernsConflict(d, id, origin.source);
    if (conflict) conflicts.push(conflict);
    const authority = d.centralAuthority;
    if (authority) {
      out.push({
        ...base,
        '@id': nodeIri('fact', `${origin.source}/central-authority-${i + 1}`),
        '@type': ['schema:GovernmentOrganization'],
        kind: 'organization',
        name: authority.name,
        description: authority.lines.join('\n'),
        provenance: authority.provenance,
        evidence: [],
        parentOrganization: null,
        categories: ['competent-authority'],
        foundingYear: null,
      });
    }
  });
  return { facts: out, conflicts };
}

function declaration(d: DeclarationFacts, id: string, concerns: string[], base: { alternateNames: never[]; source: string; sourceDate: string | null }): Fact {
  const evidence = [
    ...(d.registered ? [{ property: 'dateRegistered', text: d.registered.text, provenance: d.registered.provenance }] : []),
    ...(d.period ? [{ property: 'periodStart', text: d.period.text, provenance: d.period.provenance }] : []),
    ...(d.concerns ? [{ property: 'concerns', text: d.concerns.text, provenance: d.concerns.provenance }] : []),
  ];
  return {
    ...base,
    '@id': id,
    '@type': ['cyberlex:Declaration'],
    kind: 'declaration',
    name: null,
    description: null,
    provenance: d.provenance,
    evidence,
    concerns,
    text: d.text,
    author: null,
    letterDate: null,
    dateRegistered: d.registered?.value.date ?? null,
    registeredAt: d.registered?.value.at ?? null,
    originalLanguage: d.registered?.value.originalLanguage ?? null,
    periodStart: d.period?.value.start ?? null,
  };
}

/** The declaration's text names its articles, and its closing line lists them again: two places that must agree. */
function concernsConflict(d: DeclarationFacts, id: string, source: string): Conflict | null {
  if (!d.concerns || d.articlesInText.length === 0) return null;
  const listed = [...d.concerns.value].sort().join(' ');
  if (listed === [...d.articlesInText].sort().join(' ')) return null;
  return {
    '@id': `${id}/conflict/concerns`,
    '@type': ['cyberlex:Conflict'],
    subject: id,
    property: 'concerns',
    description: 'The declaration names some Convention articles in its text and lists others as the articles it concerns.',
    claims: [
      { value: d.articlesInText.join(' '), source, provenance: d.provenance },
      { value: d.concerns.value.join(' '), source, provenance: d.concerns.provenance },
    ],
  };
}
