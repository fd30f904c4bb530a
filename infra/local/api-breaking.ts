import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ApiChange, unversionedBreaks } from './api-versions.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const say = (line: string) => process.stdout.write(`[api-breaking] ${line}\n`);
const gitOk = (...args: string[]): boolean => spawnSync('git', args, { cwd: root }).status === 0;

/** Changes accepted by review, one a line with its reason above (oasdiff's --err-ignore file). */
export const ACCEPTED_BREAKS = join(root, 'docs/openapi/accepted-breaks.txt');

/** Runs `oasdiff breaking` on two documents and returns its changes (every level), less the accepted ones. */
export function apiChanges(oasdiff: string, base: string, revision: string, accepted?: string): ApiChange[] {
  const ignore = accepted !== undefined && existsSync(accepted) ? ['--err-ignore', accepted] : [];
  const args = ['breaking', base, revision, '--format', 'json', ...ignore];
  const run = spawnSync(oasdiff, args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`oasdiff failed on ${base} → ${revision}: ${run.stderr}`);
  return JSON.parse(run.stdout || '[]') as ApiChange[];
}

/** The breaking changes from base to revision that no path version change allows. */
export function breakingChanges(oasdiff: string, base: string, revision: string, accepted?: string): ApiChange[] {
  const paths = Object.keys((JSON.parse(readFileSync(revision, 'utf8')) as { paths: object }).paths);
  return unversionedBreaks(apiChanges(oasdiff, base, revision, accepted), paths);
}

/**
 * The commit whose version of `file` is the base: API_BASE's merge base with HEAD when set; else
 * HEAD when the file has uncommitted changes; else the commit before the file's last change.
 */
function baseCommit(file: string): string | undefined {
  if (process.env.API_BASE) return git('merge-base', process.env.API_BASE, 'HEAD');
  if (!gitOk('diff', '--quiet', 'HEAD', '--', file)) return 'HEAD';
  const last = git('log', '-n1', '--format=%H', '--', file);
  return last && gitOk('rev-parse', '--verify', '--quiet', `${last}^`) ? `${last}^` : undefined;
}

function checkDocument(oasdiff: string, dir: string, file: string): ApiChange[] {
  const commit = baseCommit(file);
  if (commit === undefined || !gitOk('cat-file', '-e', `${commit}:${file}`)) {
    say(`${file}: skipped, no base version to compare with (a new document)`);
    return [];
  }
  const base = join(dir, file.replaceAll('/', '_'));
  writeFileSync(base, git('show', `${commit}:${file}`));
  const breaks = breakingChanges(oasdiff, base, join(root, file), ACCEPTED_BREAKS);
  const against = commit.length > 12 ? commit.slice(0, 12) : commit;
  say(`${file} against ${against}: ${breaks.length} breaking change(s)`);
  for (const change of breaks) say(`  ${change.operation} ${change.path}: ${change.text} (${change.id})`);
  return breaks;
}

function main(): void {
  const oasdiff = process.env.OASDIFF_BIN;
  if (!oasdiff) throw new Error('OASDIFF_BIN is not set: run infra/local/oasdiff.sh');
  const folder = join(root, 'docs/openapi');
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.json')) : [];
  if (files.length === 0) {
    say('skipped, no docs/openapi/<service>.json committed yet');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'api-breaking-'));
  try {
    const breaks = files.flatMap((name) => checkDocument(oasdiff, dir, `docs/openapi/${name}`));
    if (breaks.length > 0) {
      say('a released operation changed incompatibly; give it a new path version (/v2)');
      process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
