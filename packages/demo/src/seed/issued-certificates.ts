import type { CertifiedLevel } from '../api-types.ts';
import { certificateNumber } from '../certificate-numbers.ts';
import { certificateOf } from '../certificates.ts';
import { until } from '../eventually.ts';
import type { Platform } from '../platform.ts';

interface Scope {
  readonly filingNo: string;
  /** The year of issue: the cause's (the session's, the 核准's), so serials run per year (docs/domain.md §3.2). */
  readonly year: number;
  readonly level: CertifiedLevel;
  count: number;
}

/**
 * The certificates this run's passes and promotions are owed, per body, year and level. Serials run
 * 1…n without gaps (docs/domain.md §3.2), so a scope is done once its n-th number answers.
 */
export function owedCertificates() {
  const scopes = new Map<string, Scope>();
  const total = () => [...scopes.values()].reduce((n, s) => n + s.count, 0);
  return {
    add(filingNo: string, year: number, level: CertifiedLevel, count: number) {
      const key = `${filingNo}:${year}:${level}`;
      const scope = scopes.get(key) ?? { filingNo, year, level, count: 0 };
      scope.count += count;
      if (scope.count > 0) scopes.set(key, scope);
    },
    total,
    /**
     * Looks at the last number of each scope every few seconds until certification has issued
     * them all (true) or the deadline passes (false); `progress` hears how many are known issued.
     */
    async issued(platform: Platform, timeoutMs: number, progress: (issued: number) => void): Promise<boolean> {
      const open = new Set(scopes.values());
      let looking = false;
      const look = async () => {
        looking = true;
        for (const scope of open) {
          const last = certificateNumber(scope.filingNo, scope.year, scope.level, scope.count);
          if ((await certificateOf(platform, last)) !== null) open.delete(scope);
        }
        progress(total() - [...open].reduce((n, s) => n + s.count, 0));
        looking = false;
        return open.size;
      };
      const what = 'certification to issue every certificate the seed is owed';
      try {
        await until(look, (left) => left === 0, { what, timeoutMs, intervalMs: 5_000 });
        return true;
      } catch (error) {
        // A look that failed is an error; a deadline passed between looks is only slowness.
        if (looking) throw error;
        return false;
      }
    },
  };
}

export type OwedCertificates = ReturnType<typeof owedCertificates>;
