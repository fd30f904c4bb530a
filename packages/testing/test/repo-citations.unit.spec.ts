import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The repository is its own account (docs/contributing.md "Comments"): a reader who has only the
// checkout must find what a comment cites. The patterns are assembled from parts so that this file
// does not match them itself.
const root = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();

const outside = [
  { rule: 'a file outside the repository', pattern: new RegExp(['\\.\\.', 'shared'].join('/')) },
  { rule: 'the original design, not docs/architecture.md', pattern: new RegExp(['ARCHITECTURE', 'md'].join('\\.')) },
  { rule: 'the original style notes, not docs/contributing.md', pattern: new RegExp(['STYLE', 'md'].join('\\.')) },
  { rule: 'the infrastructure notes outside the repository', pattern: new RegExp(['infra-notes', 'md'].join('\\.')) },
  { rule: 'an issue number', pattern: new RegExp(['\\bissues?', '#?\\d'].join(' '), 'i') },
];
// Inside docs/ the documents cite each other by file name; elsewhere a bare one is ambiguous.
const bareDomain = { rule: 'the domain rules cited without docs/', pattern: /(?<![\w/.-])domain\.md/ };

/** Tracked files, and new ones not yet added, as git lists them (ignored files are not ours). */
function repositoryFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return listed.split('\0').filter((path) => path !== '' && existsSync(join(root, path)));
}

function textOf(path: string): string | null {
  const content = readFileSync(join(root, path));
  return content.includes(0) ? null : content.toString('utf8');
}

const files = repositoryFiles().flatMap((path) => {
  const text = textOf(path);
  return text === null ? [] : [{ path, lines: text.split('\n') }];
});

const where = (path: string, index: number, line: string) => `${path}:${index + 1}: ${line.trim()}`;

function citationsBreaking(rules: readonly { rule: string; pattern: RegExp }[], scope = files): string[] {
  return scope.flatMap(({ path, lines }) =>
    lines.flatMap((line, index) =>
      rules.filter(({ pattern }) => pattern.test(line)).map(({ rule }) => `${where(path, index, line)} (${rule})`),
    ),
  );
}

const headings = (doc: string): string[] =>
  (textOf(doc) ?? '').split('\n').flatMap((line) => (/^#+ /.test(line) ? [line.replace(/^#+ /, '')] : []));

describe('citations stay inside the repository', () => {
  it('no file cites the design outside the repository or an issue number', () => {
    expect(citationsBreaking(outside)).toEqual([]);
  });

  it('outside docs/, the domain rules are cited as docs/domain.md', () => {
    const code = files.filter(({ path }) => !path.startsWith('docs/'));
    expect(citationsBreaking([bareDomain], code)).toEqual([]);
  });

  it('every cited section of docs/domain.md and heading of docs/architecture.md exists', () => {
    const sections = new Set(headings('docs/domain.md').flatMap((title) => /^(§[\d.]+) /.exec(title)?.[1] ?? []));
    const architecture = new Set(headings('docs/architecture.md'));
    const missing = files.flatMap(({ path, lines }) =>
      lines.flatMap((line, index) => [
        ...[...line.matchAll(/docs\/domain\.md (§\d+(?:\.\d+)?)/g)]
          .filter(([, section]) => !sections.has(section as string))
          .map(([cited]) => `${where(path, index, line)} (${cited})`),
        ...[...line.matchAll(/docs\/architecture\.md "([^"]+)"/g)]
          .filter(([, heading]) => !architecture.has(heading as string))
          .map(([cited]) => `${where(path, index, line)} (${cited})`),
      ]),
    );
    expect(missing).toEqual([]);
  });

  it('every cited decision record exists', () => {
    const missing = files.flatMap(({ path, lines }) =>
      lines.flatMap((line, index) =>
        [...line.matchAll(/docs\/adr\/(\d{4}-[\w-]+\.md)/g)]
          .filter(([, record]) => !existsSync(join(root, 'docs/adr', record as string)))
          .map(([cited]) => `${where(path, index, line)} (${cited})`),
      ),
    );
    expect(missing).toEqual([]);
  });
});
