/**
 * Which package holds what: one package per instrument or dataset. Legislation packages
 * take their instruments (and the acts that amend them), the provisions of those and what
 * sources say about them; dataset packages take the facts of their sources.
 */
/**
 * Where the project lives, for the packages' repository, homepage and bugs fields and the absolute
 * links of their READMEs (a registry's page resolves no relative link).
 */
export const PROJECT = {
  repository: 'https://github.com/cyberlex/cyberlex',
  /** Where README links to files of the repository point. */
  blob: 'https://github.com/cyberlex/cyberlex/blob/main',
} as const;

export interface PackageSpec {
  /** npm name. */
  name: string;
  /** Folder under packages/. */
  dir: string;
  title: string;
  description: string;
  /** Instruments this package is the home of (refs). */
  instruments: string[];
  /** Sources whose facts, mappings and leftover instruments this package holds. */
  sources: string[];
  keywords: string[];
}

export const PACKAGES: PackageSpec[] = [
  {
    name: '@cyberlex/budapest-convention',
    dir: 'budapest-convention',
    title: 'Convention on Cybercrime (ETS 185)',
    description: 'The Budapest Convention on Cybercrime (ETS 185) as quoted in the Council of Europe country profile of Serbia: chapters, sections, titles, articles, paragraphs.',
    instruments: ['ets185'],
    sources: [],
    keywords: ['budapest-convention', 'ets185', 'cybercrime', 'council-of-europe'],
  },
  {
    name: '@cyberlex/rs-criminal-code',
    dir: 'rs-criminal-code',
    title: 'Criminal Code of the Republic of Serbia (cybercrime provisions)',
    description: 'Serbian Criminal Code provisions on cybercrime, every version of each with the act that made it (Official Gazette 72/2009, the 2017 amendments).',
    instruments: ['rs-cc'],
    sources: [],
    keywords: ['serbia', 'criminal-code', 'cybercrime', 'eli'],
  },
  {
    name: '@cyberlex/rs-criminal-procedure-code',
    dir: 'rs-criminal-procedure-code',
    title: 'Criminal Procedure Code of the Republic of Serbia (provisions cited on cybercrime)',
    description: 'Serbian Criminal Procedure Code provisions cited for the Budapest Convention, every version of each with the act that made it.',
    instruments: ['rs-cpc'],
    sources: [],
    keywords: ['serbia', 'criminal-procedure-code', 'cybercrime', 'eli'],
  },
  {
    name: '@cyberlex/rs-cybercrime-authorities-law',
    dir: 'rs-cybercrime-authorities-law',
    title: 'Law on the Organisation and Competences of Government Authorities Combating Cyber Crime',
    description: 'The Serbian law on the authorities combating cybercrime (Official Gazette 61/2005 and 104/2009): chapters, articles, paragraphs, items, and the amending law of 2009.',
    instruments: ['rs-cybercrime-authorities-law'],
    sources: [],
    keywords: ['serbia', 'cybercrime', 'special-prosecutor', 'eli'],
  },
  {
    name: '@cyberlex/rs-budapest-implementation',
    dir: 'rs-budapest-implementation',
    title: 'Implementation of the Budapest Convention in Serbia',
    description: 'For each Budapest Convention article, the Serbian answer, the provisions it cites and a rule-based assessment; signature, ratification and declaration.',
    instruments: [],
    sources: ['coe-cybercrime-legislation-profile-serbia'],
    keywords: ['budapest-convention', 'serbia', 'implementation', 'mapping'],
  },
  {
    name: '@cyberlex/rs-cybercrime-policy',
    dir: 'rs-cybercrime-policy',
    title: 'Serbia: cybercrime policies, institutions and case law (CoE Octopus)',
    description: 'Status regarding the Budapest Convention, strategies, specialised institutions and case studies from the Council of Europe Octopus country page for Serbia.',
    instruments: [],
    sources: ['coe-octopus-serbia-country-wiki'],
    keywords: ['serbia', 'cybercrime', 'strategy', 'institutions', 'case-law'],
  },
  {
    name: '@cyberlex/rs-lanzarote-reply-2017',
    dir: 'rs-lanzarote-reply-2017',
    title: "Serbia's Ministry of Interior reply to the Lanzarote Committee (2017)",
    description: 'The 2017 reply on protecting children from sexual exploitation and abuse facilitated by ICT: legal framework, age definitions, offences, institutions, measures, results.',
    instruments: [],
    sources: ['rs-moi-lanzarote-reply-2017'],
    keywords: ['serbia', 'lanzarote-convention', 'child-protection', 'cybercrime'],
  },
  {
    name: '@cyberlex/coe-regional-conference-2007',
    dir: 'coe-regional-conference-2007',
    title: 'Regional Conference on Cybercrime, Belgrade 2007 (PACO-Serbia)',
    description: 'The EC/CoE activity record of the Regional Conference on Cybercrime, Belgrade, 19–21 March 2007: objectives, outcomes, conclusions, follow-ups, participants.',
    instruments: [],
    sources: ['coe-paco-serbia-regional-conference-2007'],
    keywords: ['serbia', 'cybercrime', 'conference', 'council-of-europe'],
  },
];
