/**
 * The interface text of an Octopus country wiki page, in the languages the page is published
 * in. The body is English either way; headings and the labels of the status line follow the
 * interface language. Recognising a heading is a lookup in this table, never a guess.
 */
export type SectionId = 'status' | 'strategies' | 'institutions' | 'case-law';

export interface SectionHeading {
  section: SectionId;
  /** Heading text per language. `subject` is the part that names the convention, where one does. */
  headings: { language: 'fr' | 'en'; text: string; subject?: string }[];
}

export const SECTION_HEADINGS: readonly SectionHeading[] = [
  {
    section: 'status',
    headings: [
      { language: 'fr', text: 'Statut concernant la Convention de Budapest', subject: 'Convention de Budapest' },
      { language: 'en', text: 'Status regarding Budapest Convention', subject: 'Budapest Convention' },
    ],
  },
  {
    section: 'strategies',
    headings: [
      { language: 'fr', text: 'Politiques / stratégies en matière de cybercriminalité' },
      { language: 'en', text: 'Cybercrime policies/strategies' },
    ],
  },
  {
    section: 'institutions',
    headings: [
      { language: 'fr', text: 'Institutions spécialisées' },
      { language: 'en', text: 'Specialised institutions' },
    ],
  },
  {
    section: 'case-law',
    headings: [
      { language: 'fr', text: 'Jurisprudence / droit jurisprudent' },
      { language: 'en', text: 'Case law' },
    ],
  },
];

/** Labels of the status line: "Statut : Partie Déclarations et réserves : … Voir le profil légal". */
export const STATUS_LABELS = {
  status: ['Statut :', 'Status:'],
  declarations: ['Déclarations et réserves :', 'Declarations and reservations:'],
  legalProfile: ['Voir le profil légal', 'See the legal profile'],
} as const;

/** The status values, as each language words them. */
export const STATUS_VALUES: Readonly<Record<string, 'party' | 'signatory' | 'non-party'>> = {
  Partie: 'party',
  Party: 'party',
  Signataire: 'signatory',
  Signatory: 'signatory',
};

/** Sub-heading inside the institutions section (the page has it in English under the French interface too). */
export const OTHER_AUTHORITIES = ['Other relevant authorities:'] as const;

/** The back link that opens the page names the country: "Retour Serbia" / "Back Serbia". */
export const BACK_LINK = /^(?:Retour|Back) (\S.*)$/;

/** Where the footer starts: the tools banner (an image file name) or the disclaimer. */
export function isFooterLine(text: string): boolean {
  return text.endsWith('.png') || text.startsWith('These profiles do not necessarily reflect');
}

/** Colons are spaced in French ("Statut :") and not in English; compare without that difference. */
function loose(text: string): string {
  return text.replace(/ :/g, ':').replace(/ \/ /g, '/');
}

/** The section a line heads, and which heading of the table it is. */
export function headingOf(text: string): { section: SectionId; language: 'fr' | 'en'; subject?: string } | null {
  const t = loose(text);
  for (const h of SECTION_HEADINGS) {
    for (const variant of h.headings) {
      if (loose(variant.text) === t) return { section: h.section, language: variant.language, ...(variant.subject ? { subject: variant.subject } : {}) };
    }
  }
  return null;
}

/** Length of the label from `labels` that `text` has at `at`, or -1 (spacing before ":" optional). */
export function labelAt(text: string, at: number, labels: readonly string[]): number {
  for (const label of labels) {
    const bare = label.replace(/ :$/, ':');
    for (const form of [label, bare, bare.replace(/:$/, ' :')]) {
      if (text.startsWith(form, at)) return form.length;
    }
  }
  return -1;
}

/** A readable list of a section's headings, for error messages. */
export function headingNames(section: SectionId): string {
  const h = SECTION_HEADINGS.find((s) => s.section === section)!;
  return h.headings.map((v) => `"${v.text}"`).join(' or ');
}
