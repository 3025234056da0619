/**
 * LibreOffice Writer, headless (`soffice --headless --convert-to pdf`, Debian's
 * libreoffice-writer-nogui), from a flat ODF text document (.fodt) — the closest to the
 * word-processor PDFs the Council of Europe publishes:
 *
 * - the profile: its title lines above the table, then the first rows as a table with
 *   0.5 pt borders, columns of 35 % and 65 %, 1.5 pt padding (a gutter of about 3 pt
 *   between the columns' text), a serif font, A4, a running header and the page number
 *   in the footer; rows may break across pages;
 * - the law: one column, sans-serif, A4, justified, with automatic hyphenation switched
 *   on where a hyphenation dictionary is installed, header and page-number footer.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeXml, inline } from './content.mjs';

const TAGS = { strong: ['<text:span text:style-name="B">', '</text:span>'], emphasis: ['<text:span text:style-name="I">', '</text:span>'] };

function document({ font, bodyStyle, header, footerCenter, body, extraStyles = '' }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="${font}" svg:font-family="'${font}'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="${font}" fo:font-size="10pt" fo:language="en" fo:country="GB" fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Body" style:family="paragraph">${bodyStyle}</style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="6pt"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Running" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
  <style:style style:name="Folio" style:family="paragraph">
   <style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8pt"/>
  </style:style>
  <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="A4">
   <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="15mm" fo:margin-bottom="15mm" fo:margin-left="22mm" fo:margin-right="22mm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="6mm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="6mm"/></style:footer-style>
  </style:page-layout>
  ${extraStyles}
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="A4">
   <style:header><text:p text:style-name="Running">${escapeXml(header)}</text:p></style:header>
   <style:footer><text:p text:style-name="Folio">${footerCenter}</text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body><office:text>
${body}
 </office:text></office:body>
</office:document>
`;
}

/** Convert a flat ODF document to PDF with soffice, in a private profile and folder. */
function convert(fodt) {
  const dir = mkdtempSync(join(tmpdir(), 'cyberlex-soffice-'));
  try {
    writeFileSync(join(dir, 'doc.fodt'), fodt);
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'doc.fodt')], {
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 180_000,
    });
    return readFileSync(join(dir, 'doc.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const paragraphs = (blocks, style) => blocks.map((b) => `<text:p text:style-name="${style}">${inline(b, TAGS)}</text:p>`).join('');

export function libreofficeProfile({ title, rows }) {
  const cellStyle = `<style:style style:name="Cell" style:family="table-cell">
   <style:table-cell-properties fo:padding="1.5pt" fo:border="0.5pt solid #000000"/></style:style>
  <style:style style:name="Table" style:family="table">
   <style:table-properties style:width="166mm" table:align="left"/></style:style>
  <style:style style:name="ColL" style:family="table-column"><style:table-column-properties style:column-width="58.1mm"/></style:style>
  <style:style style:name="ColR" style:family="table-column"><style:table-column-properties style:column-width="107.9mm"/></style:style>
  <style:style style:name="Row" style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:style>`;
  const cell = (blocks) => `<table:table-cell table:style-name="Cell" office:value-type="string">${blocks.length ? paragraphs(blocks, 'Body') : '<text:p text:style-name="Body"/>'}</table:table-cell>`;
  const table = `<table:table table:name="Profile" table:style-name="Table"><table:table-column table:style-name="ColL"/><table:table-column table:style-name="ColR"/>
${rows.map(([l, r]) => `<table:table-row table:style-name="Row">${cell(l)}${cell(r)}</table:table-row>`).join('\n')}
</table:table>`;
  const head = title.map((line, i) => `<text:p text:style-name="${i === 0 ? 'Title' : 'Body'}">${escapeXml(line)}</text:p>`).join('\n');
  return convert(
    document({
      font: 'Liberation Serif',
      bodyStyle: '<style:paragraph-properties fo:margin-bottom="2pt"/><style:text-properties fo:font-size="9.5pt"/>',
      header: 'Cybercrime legislation \u2013 country profile: Republic of Serbia',
      footerCenter: '<text:page-number text:select-page="current">1</text:page-number>',
      body: `${head}\n${table}`,
      extraStyles: cellStyle,
    }),
  );
}

export function libreofficeLaw(paragraphsOfLaw) {
  return convert(
    document({
      font: 'Liberation Sans',
      bodyStyle: '<style:paragraph-properties fo:margin-bottom="5pt" fo:text-align="justify"/><style:text-properties fo:font-size="10.5pt"/>',
      header: 'Law on the organisation and competences of government authorities combating cyber crime',
      footerCenter: 'Page <text:page-number text:select-page="current">1</text:page-number>',
      body: paragraphs(paragraphsOfLaw, 'Body'),
    }),
  );
}
