/**
 * Timing whole processes: wall time from spawn to exit, the exit code and output, and for
 * Node processes the peak resident set (via ./rss-hook.cjs). Every benchmark figure that
 * says "process" is measured here, so baselines and subjects pay the same startup costs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOOK = fileURLToPath(new URL('./rss-hook.cjs', import.meta.url));
let counter = 0;

/**
 * @param {string} command @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string|undefined>, timeoutMs?: number, rssFile?: string }} [options]
 * @returns {Promise<{ ms: number, code: number|null, signal: string|null, timedOut: boolean, stdout: string, stderr: string, maxRssKb: number|null }>}
 */
export function timeProcess(command, args, options = {}) {
  const { cwd, env = process.env, timeoutMs = 300_000, rssFile } = options;
  return new Promise((resolve, reject) => {
    const out = [];
    const err = [];
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: definedOnly(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearTimeout(timer);
      let maxRssKb = null;
      if (rssFile && existsSync(rssFile)) {
        maxRssKb = Number(readFileSync(rssFile, 'utf8')) || null;
        rmSync(rssFile, { force: true });
      }
      resolve({ ms, code, signal, timedOut, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), maxRssKb });
    });
  });
}

/**
 * A Node process (`node <args>`) with its peak RSS recorded.
 * @param {string[]} args @param {{ cwd?: string, env?: Record<string, string|undefined>, timeoutMs?: number, scratch: string }} options
 */
export function timeNode(args, options) {
  const rssFile = join(options.scratch, `rss-${process.pid}-${counter++}.txt`);
  const env = { ...(options.env ?? process.env), BENCH_RSS_FILE: rssFile };
  return timeProcess(process.execPath, ['--require', HOOK, ...args], { ...options, env, rssFile });
}

/** The first line of a failed process's stderr (or stdout), for "not measured: …" lines. */
export function failure(result) {
  if (result.timedOut) return `timed out after ${Math.round(result.ms)} ms`;
  const text = `${result.stderr}\n${result.stdout}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('npm warn') && !l.startsWith('> ')); // "> script" is npm echoing the command
  // The most telling line first: a compiler error, then a thrown error, then anything saying error.
  const patterns = [/error TS\d+/, /cyberlex:|[A-Za-z]*Error\b/, /\bERROR\b|\berror\b/];
  const error = patterns.map((p) => text.find((l) => p.test(l))).find(Boolean) ?? text[0] ?? `exit code ${result.code}`;
  return error.length > 300 ? `${error.slice(0, 300)}…` : error;
}

function definedOnly(env) {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));
}
