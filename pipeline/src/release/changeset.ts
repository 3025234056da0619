/**
 * Changesets from the data diff: one file per package that changed, in the changesets format
 * (front matter `"@cyberlex/rs-criminal-code": minor`, then the summary lines). The file name
 * is a hash of the content, and a line already waiting in another changeset of the package is
 * not written again, so `cyberlex ingest` and `cyberlex changeset` never duplicate one another.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChangeLine } from './amendment.js';
import { formatLine, parseLine } from './changes.js';
import { maxBump, type Bump } from './node-lines.js';

export const CHANGESET_DIR = '.changeset';

export interface PackageChangeset {
  package: string;
  bump: Bump;
  lines: ChangeLine[];
}

export interface PendingChangeset {
  file: string;
  releases: { name: string; type: Bump | 'none' }[];
  lines: ChangeLine[];
}

export function changesetFor(pkg: string, lines: readonly ChangeLine[]): PackageChangeset | null {
  const bump = maxBump(lines.map((l) => l.bump));
  return bump === null ? null : { package: pkg, bump, lines: [...lines] };
}

export function renderChangeset(cs: PackageChangeset): string {
  return ['---', `"${cs.package}": ${cs.bump}`, '---', '', ...cs.lines.map(formatLine), ''].join('\n');
}

/** `data-rs-criminal-code-3f2a9c1d04.md`: the package and a hash of what the changeset says. */
export function changesetFileName(cs: PackageChangeset): string {
  const hash = createHash('sha256').update(renderChangeset(cs)).digest('hex').slice(0, 10);
  return `data-${cs.package.replace(/^@[^/]+\//, '')}-${hash}.md`;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const RELEASE = /^\s*["']?([^"':\s]+)["']?\s*:\s*(major|minor|patch|none)\s*$/;

export function parseChangeset(file: string, text: string): PendingChangeset {
  const front = FRONT_MATTER.exec(text);
  const releases = (front?.[1] ?? '')
    .split(/\r?\n/)
    .map((l) => RELEASE.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ name: m[1]!, type: m[2] as Bump | 'none' }));
  const body = front ? text.slice(front[0].length) : text;
  const type = releases[0]?.type;
  const sectionBump: Bump = type && type !== 'none' ? type : 'patch';
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => parseLine(l.replace(/^- /, ''), sectionBump));
  return { file, releases, lines };
}

/** Changesets waiting in .changeset/ (not yet consumed by `changeset version`). */
export async function pendingChangesets(root: string): Promise<PendingChangeset[]> {
  const dir = join(root, CHANGESET_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: PendingChangeset[] = [];
  for (const name of names.sort()) {
    if (!name.endsWith('.md') || name.toLowerCase() === 'readme.md') continue;
    out.push(parseChangeset(name, await readFile(join(dir, name), 'utf8')));
  }
  return out;
}

/**
 * The files of each changeset, less the lines a pending changeset of the same package already
 * has; by package, the path each goes to (from the repository root). Writes nothing: ingest
 * publishes them with the data they describe, as one generation.
 */
export async function changesetFiles(root: string, changesets: readonly PackageChangeset[]): Promise<{ files: { path: string; content: string }[]; paths: Map<string, string> }> {
  const pending = await pendingChangesets(root);
  const files: { path: string; content: string }[] = [];
  const paths = new Map<string, string>();
  for (const cs of changesets) {
    const waiting = new Set(pending.filter((p) => p.releases.some((r) => r.name === cs.package)).flatMap((p) => p.lines.map((l) => l.summary)));
    const fresh = changesetFor(cs.package, cs.lines.filter((l) => !waiting.has(l.summary)));
    if (!fresh) continue;
    const path = `${CHANGESET_DIR}/${changesetFileName(fresh)}`;
    files.push({ path, content: renderChangeset(fresh) });
    paths.set(cs.package, path);
  }
  return { files, paths };
}

/**
 * Write each changeset, less the lines a pending changeset of the same package already has.
 * Returns the files written (paths from the repository root).
 */
export async function writeChangesets(root: string, changesets: readonly PackageChangeset[]): Promise<Map<string, string>> {
  const { files, paths } = await changesetFiles(root, changesets);
  for (const file of files) {
    await mkdir(join(root, CHANGESET_DIR), { recursive: true });
    const temp = join(root, `${file.path}.tmp-${process.pid}`);
    await writeFile(temp, file.content);
    await rename(temp, join(root, file.path));
  }
  return paths;
}
