import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const scripts = new URL('./', import.meta.url).pathname;

/** Runs `commands` with common.sh and postgres.sh sourced, for the .local/ directory `local`. */
const withPostgresScripts = (local: string, commands: string): string =>
  execFileSync('bash', ['-c', `source "${scripts}common.sh"; source "${scripts}postgres.sh"; ${commands}`], {
    env: { ...process.env, TIANFU_LOCAL_DIR: local },
    encoding: 'utf8',
  }).trim();

// PostgreSQL runs its cluster under /tmp only when the scripts run as root, as the `postgres` user
// Debian's package creates; as any other user the cluster is .local/postgres itself.
const asRootWithPostgresUser = process.getuid?.() === 0 && spawnSync('id', ['postgres']).status === 0;

describe("the local PostgreSQL cluster's directory", () => {
  it("given a .local/ that never ran PostgreSQL, then its directory is one that doesn't exist yet", () => {
    const local = mkdtempSync(join(tmpdir(), 'tianfu-local-'));
    try {
      const home = withPostgresScripts(local, 'pg_home');
      expect(existsSync(home)).toBe(false);
    } finally {
      rmSync(local, { recursive: true, force: true });
    }
  });

  it.skipIf(!asRootWithPostgresUser)(
    'given a clone deleted and cloned again at the same path, then the new one gets an empty directory and the old one is removed',
    () => {
      const checkout = mkdtempSync(join(tmpdir(), 'tianfu-checkout-'));
      const local = join(checkout, '.local');
      try {
        mkdirSync(local);
        const first = withPostgresScripts(local, 'pg_home_create; pg_home');
        expect(first).toMatch(/^\/tmp\/tianfu-postgres-/);
        expect(existsSync(first)).toBe(true);
        expect(withPostgresScripts(local, 'pg_home')).toBe(first);

        rmSync(local, { recursive: true, force: true });
        mkdirSync(local);
        const second = withPostgresScripts(local, 'pg_home_create; pg_home');
        expect(second).not.toBe(first);
        expect(existsSync(first)).toBe(false);
        rmSync(second, { recursive: true, force: true });
      } finally {
        rmSync(checkout, { recursive: true, force: true });
      }
    },
  );
});
