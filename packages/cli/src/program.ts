/**
 * The commands, their arguments, options, help and examples, declared with commander. Each
 * command's work is its own module under commands/, imported only when that command runs, so a
 * query never loads the maintainer commands (nor the pipeline they import).
 */
import { Command, Option } from 'commander';
import { width, wrap } from './terminal.js';

export interface Context {
  /** Where command output goes (console.log in the CLI; captured by the tests). */
  out: (text: string) => void;
  /** Progress and notes that are not the command's answer. */
  err: (text: string) => void;
}

/** A command module: its arguments and options in, an exit code out. */
export type Action = (args: string[], options: Record<string, unknown>, ctx: Context) => Promise<number>;

type Loader = () => Promise<{ default: Action }>;

interface Spec {
  name: string;
  args: string[];
  summary: string;
  /** Said once, below the usage line of `cyberlex <command> --help`. */
  details?: string;
  options?: Option[];
  examples: string[];
  maintainer?: boolean;
  load: Loader;
}

const json = () => new Option('--json', 'print the answer as JSON');
const at = () => new Option('--at <date>', 'the date to answer for, YYYY-MM-DD (default: the latest version)');

export const SPECS: Spec[] = [
  {
    name: 'show',
    args: ['<ref>'],
    summary: 'a provision as it stood on a date',
    details: 'Refs are <instrument>:<article>[/<paragraph>] (rs-cc:199/3, ets185:16/2) or structural units (ets185:chapter-II/section-1).',
    options: [at(), json()],
    examples: ['cyberlex show rs-cc:199/3 --at 2009-01-01', 'cyberlex show rs-cybercrime-authorities-law:7 --json'],
    load: () => import('./commands/show.js'),
  },
  {
    name: 'history',
    args: ['<ref>'],
    summary: 'every version of a provision, and what sources say about it',
    options: [json()],
    examples: ['cyberlex history rs-cc:199', 'cyberlex history rs-cpc:85/4 --json'],
    load: () => import('./commands/history.js'),
  },
  {
    name: 'mapping',
    args: ['[article]'],
    summary: 'how a Convention article is implemented, or (--of) the articles a national provision implements',
    options: [new Option('--of <ref>', 'the Convention articles whose implementation cites this national provision'), json()],
    examples: ['cyberlex mapping ets185:2', 'cyberlex mapping --of rs-cc:302', 'cyberlex mapping ets185:35 --json'],
    load: () => import('./commands/mapping.js'),
  },
  {
    name: 'diff',
    args: ['[ref]'],
    summary: 'word-level diff of two versions of a provision, or (--base, in the repository) of the data against a baseline',
    details: 'A version is its number (1 = the oldest) or a date YYYY-MM-DD (the version in force then). Defaults: the first and the latest.',
    options: [
      new Option('--from <version>', 'the older version: its number or a date'),
      new Option('--to <version>', 'the newer version: its number or a date'),
      new Option('--base <git-ref|dir|tarball>', 'compare the built packages with a baseline (a repository command)'),
      new Option('--exit-code', 'with --base: exit 1 when the data differ, 0 when not (like git diff --exit-code)'),
      json(),
    ],
    examples: ['cyberlex diff rs-cc:199 --from 2009-01-01 --to 2010-01-01', 'cyberlex diff rs-cc:199/3 --from 1 --to 2 --json', 'cyberlex diff --base HEAD --exit-code'],
    load: () => import('./commands/diff.js'),
  },
  {
    name: 'list',
    args: ['[prefix]'],
    summary: 'the refs the installed packages answer for, those starting with a prefix',
    options: [json()],
    examples: ['cyberlex list', 'cyberlex list rs-cc:', 'cyberlex list ets185:chapter-II --json'],
    load: () => import('./commands/list.js'),
  },
  {
    name: 'search',
    args: ['<words...>'],
    summary: 'provisions whose text or title holds every word or quoted phrase (any case, any version unless --at)',
    options: [at(), new Option('--in <prefix>', 'only refs starting with this prefix (e.g. rs-cc:)'), json()],
    examples: ['cyberlex search computer fraud', 'cyberlex search imprisonment --in rs-cc: --at 2009-01-01', 'cyberlex search "traffic data" --json'],
    load: () => import('./commands/search.js'),
  },
  {
    name: 'ingest',
    args: [],
    summary: 'build every package and dist/ from raw/',
    maintainer: true,
    options: [
      new Option('--frozen', 'refuse any source that differs from raw/manifest.json (the default when CI=true)'),
      new Option('--no-frozen', 'record changed sources even when CI=true'),
      new Option('--allow-removals', 'let this run remove provisions, versions or other ids the packages held'),
      new Option('--quiet', 'no progress lines'),
      json(),
    ],
    examples: ['cyberlex ingest', 'cyberlex ingest --frozen --json'],
    load: () => import('./commands/ingest.js'),
  },
  {
    name: 'validate',
    args: [],
    summary: 're-validate dist/ and the packages against the schemas',
    maintainer: true,
    options: [json()],
    examples: ['cyberlex validate', 'cyberlex validate --json'],
    load: () => import('./commands/validate.js'),
  },
  {
    name: 'changeset',
    args: [],
    summary: 'write changesets naming the legal change since a baseline',
    maintainer: true,
    options: [new Option('--base <git-ref|dir|tarball>', 'the baseline').default('HEAD'), json()],
    examples: ['cyberlex changeset', 'cyberlex changeset --base v0.1.0 --json'],
    load: () => import('./commands/changeset.js'),
  },
  {
    name: 'extract',
    args: ['<file>'],
    summary: 'what the pipeline extracts from a source file (text or PDF)',
    maintainer: true,
    options: [json()],
    examples: ['cyberlex extract raw/coe-cybercrime-legislation-profile-serbia.txt --json'],
    load: () => import('./commands/extract.js'),
  },
  {
    name: 'site',
    args: [],
    summary: 'build the explorer site from the packages, or serve it',
    options: [new Option('--serve', 'serve the site after building it (on 127.0.0.1)'), new Option('--port <n>', 'the port to serve on (0: any free port)').default('8080'), json()],
    examples: ['cyberlex site', 'cyberlex site --serve --port 8080'],
    load: () => import('./commands/site.js'),
  },
];

const EXIT_CODES = `Exit codes:
  0  success
  1  not found or failed: an unknown ref, a package not installed, invalid
     data, a repository command outside a repository; with diff --base
     --exit-code, the data differ
  2  usage: an unknown command or option, a missing or malformed argument,
     a bad date`;

export function buildProgram(version: string, ctx: Context, done: (code: number) => void): Command {
  const program = new Command('cyberlex')
    .description("Serbia's cybercrime law as data: query the installed cyberlex packages; in a clone of the repository, build them.")
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .showSuggestionAfterError(true)
    .configureHelp({ helpWidth: width(), sortSubcommands: false })
    .addHelpText('after', () => `\n${wrap('Repository commands (ingest, validate, changeset, extract, diff --base) run in a clone of the repository.')}\n\n${EXIT_CODES}`);
  for (const spec of SPECS) {
    const command = program
      .command(spec.name)
      .summary(spec.summary)
      .description(`${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.${spec.maintainer ? ' A repository command.' : ''}${spec.details ? `\n\n${spec.details}` : ''}`)
      .helpOption('-h, --help', 'show help')
      .configureHelp({ helpWidth: width() })
      .addHelpText('after', `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join('\n')}`);
    for (const arg of spec.args) command.argument(arg);
    for (const option of spec.options ?? []) command.addOption(option);
    command.action(async (...params: unknown[]) => {
      // commander passes the arguments, then the options, then the command
      const options = params.at(-2) as Record<string, unknown>;
      const args = params.slice(0, -2).flatMap((a) => (a === undefined ? [] : Array.isArray(a) ? (a as string[]) : [a as string]));
      const { default: action } = await spec.load();
      done(await action(args, options, ctx));
    });
  }
  return program;
}
