import { z } from 'zod';

/** The five certified levels (docs/domain.md §1, §3.2); 学徒工 and the appointed posts are not assessed. */
export const CertifiedLevelSchema = z.enum(['level5', 'level4', 'level3', 'level2', 'level1'], {
  error: 'level must be one of level5 (五级) … level1 (一级) (docs/domain.md §1)',
});
