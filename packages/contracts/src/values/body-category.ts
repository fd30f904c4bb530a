import { z } from 'zod';

/** Who a body is (docs/domain.md §2.1): a 技工院校 registers Y-coded like an employer but assesses its students. */
export const BodyCategorySchema = z.enum(['employer', 'social-organisation', 'technical-college'], {
  error: 'category is employer (用人单位), social-organisation (社会培训评价组织) or technical-college (技工院校)',
});
