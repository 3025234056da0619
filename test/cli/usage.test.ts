/**
 * The command line as people try it: every command with --help, -h, `help <command>`, an unknown
 * flag, a missing argument, a bad date and a 100 kB argument. Each gives the help text (exit 0)
 * or one clear line on stderr with a usage exit code (2), never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPECS } from '../../packages/cli/src/program.js';
import { cyberlex } from '../helpers/cli.js';
import { ROOT } from '../helpers/sources.js';

const HUGE = 'x'.repeat(100_000);

/** Per command: a command line that leaves out a required argument or an option's value. */
const MISSING: Record<string, string[]> = {
  show: ['show'],
  history: ['history'],
  mapping: ['mapping'],
  diff: ['diff'],
  list: ['list', 'rs-cc:', '--json', '--json=x'],
  search: ['search'],
  ingest: ['ingest', '--frozen=yes'],
  validate: ['validate', '--json=1'],
  changeset: ['changeset', '--base'],
  extract: ['extract'],
  site: ['site', '--port'],
};

/** Per command: a bad date where it takes one, else the same flag (which it does not know). */
const BAD_DATE: Record<string, string[]> = {
  show: ['show', 'rs-cc:199/3', '--at', '2009-13-45'],
  search: ['search', 'computer', '--at', '2009-02-30'],
  diff: ['diff', 'rs-cc:199', '--from', '2009-1-1'],
};

function expectOneLine(r: { code: number; stdout: string; stderr: string }, code: number, pattern?: RegExp) {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^cyberlex: /);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+|Error:|TypeError|ERR_/);
  expect(r.stderr.length).toBeLessThan(400);
  if (pattern) expect(r.stderr).toMatch(pattern);
}

describe.each(SPECS.map((s) => s.name))('cyberlex %s', (name) => {
  it('--help, -h and `help <command>` print the same help, with usage and examples, and exit 0', async () => {
    const long = await cyberlex(name, '--help');
    expect(long.code).toBe(0);
    expect(long.stderr).toBe('');
    expect(long.stdout).toMatch(new RegExp(`^Usage: cyberlex ${name} \\[options\\]`));
    expect(long.stdout).toContain('Examples:\n  $ cyberlex ');
    expect(long.stdout).toContain('--json');
    expect(await cyberlex(name, '-h')).toEqual(long);
    expect(await cyberlex('help', name)).toEqual(long);
  });

  it('an unknown flag: one line naming it, exit 2', async () => {
    expectOneLine(await cyberlex(name, '--no-such-flag'), 2, /^cyberlex: unknown option '--no-such-flag' \(see `cyberlex .+ --help`\)$/);
  });

  it('a missing argument: one line, exit 2', async () => {
    expectOneLine(await cyberlex(...MISSING[name]!), 2);
  });

  it('a bad date: one line, exit 2', async () => {
    const r = await cyberlex(...(BAD_DATE[name] ?? [name, '--at', '2009-13-45']));
    expectOneLine(r, 2, BAD_DATE[name] ? /real calendar date YYYY-MM-DD/ : /unknown option '--at'/);
  });

  it('a 100 kB argument: one short line, exit 2', async () => {
    expectOneLine(await cyberlex(name, HUGE), 2);
  });
});

describe('the program', () => {
  it('--version prints the version of @cyberlex/cli', async () => {
    const r = await cyberlex('--version');
    expect([r.code, r.stdout]).toEqual([0, (await import('../../packages/cli/package.json', { with: { type: 'json' } })).default.version]);
    expect((await cyberlex('-v')).stdout).toBe(r.stdout);
  });

  it('--help lists every command, the exit codes, and exits 0', async () => {
    const r = await cyberlex('--help');
    expect(r.code).toBe(0);
    for (const spec of SPECS) expect(r.stdout).toMatch(new RegExp(`^  ${spec.name}\\b`, 'm'));
    expect(r.stdout).toContain('Exit codes:');
    expect(await cyberlex('help')).toEqual(r);
  });

  it('no command: the help on stderr, exit 2', async () => {
    const r = await cyberlex();
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: cyberlex [options] [command]');
  });

  it('help for a command that does not exist: one line listing the commands', async () => {
    expectOneLine(await cyberlex('help', 'shwo'), 2, /^cyberlex: unknown command 'shwo' \(commands: show, history, /);
  });

  it('suggests the command meant', async () => {
    expectOneLine(await cyberlex('shw', 'rs-cc:199'), 2, /^cyberlex: unknown command 'shw' \(did you mean show\?\)/);
    expectOneLine(await cyberlex('mapings'), 2, /did you mean mapping\?/);
    expectOneLine(await cyberlex('show', '--jsn', 'rs-cc:199'), 2, /unknown option '--jsn' \(did you mean --json\?\)/);
  });

  it('a 100 kB command name or flag: one short line, exit 2', async () => {
    expectOneLine(await cyberlex(HUGE), 2, /unknown command 'x+… \(\d+ characters\)/);
    expectOneLine(await cyberlex('show', 'rs-cc:199', `--${HUGE}`), 2, /unknown option/);
  });

  it('too many arguments: one line, exit 2', async () => {
    expectOneLine(await cyberlex('show', 'rs-cc:199', 'rs-cc:200'), 2, /too many arguments/);
  });

  it('rejects dates that are not real days, naming the value', async () => {
    for (const date of ['2009-1-1', '2009-13-45', '2009-02-29', 'yesterday', '']) {
      expectOneLine(await cyberlex('show', 'rs-cc:199/3', '--at', date), 2, /--at takes a real calendar date YYYY-MM-DD/);
    }
    expect((await cyberlex('show', 'rs-cc:199/3', '--at', '2008-02-29')).code).toBe(0);
    expectOneLine(await cyberlex('diff', 'rs-cc:199', '--to', 'latest'), 2, /--to takes a version number \(1, 2, …\) or a real calendar date/);
  });
});

describe('the built command, as a process', () => {
  it.each([
    [['show', '--bogus'], 2],
    [['ingest', '--json', 'extra'], 2],
    [['show', 'rs-cc:199', '--at', 'yesterday'], 2],
    [['show', 'rs-cc:9999'], 1],
    [['nonsense'], 2],
  ])('cyberlex %j: one line on stderr, exit %i', (args, code) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'packages', 'cli', 'bin', 'cyberlex.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
    expectOneLine({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr.replace(/\n$/, '') }, code);
  });
});
