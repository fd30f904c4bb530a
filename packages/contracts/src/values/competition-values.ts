import { z } from 'zod';
import { text } from './text.ts';

/** Contest classes of docs/domain.md §4.1, WorldSkills down to enterprise contests. */
export const CompetitionTierSchema = z.enum(
  [
    'worldskills',
    'national-class-1',
    'national-class-2',
    'provincial-class-1',
    'provincial-class-2',
    'municipal',
    'industry',
    'enterprise',
  ],
  { error: 'tier is worldskills, national-class-1/2, provincial-class-1/2, municipal, industry or enterprise' },
);
export type CompetitionTier = z.output<typeof CompetitionTierSchema>;

/** 职工 or 学生: promotion rules differ by track (docs/domain.md §4.1). */
export const EntrantTrackSchema = z.enum(['employee', 'student'], { error: 'track is employee or student' });

/** gold/silver/bronze, 优胜奖 (excellence), or a prize; null when only the rank counts. */
export const MedalSchema = z.enum(['gold', 'silver', 'bronze', 'excellence']);

/** One entrant's result: rank, score, medal or 优胜奖, and the prize as announced (一等奖 …). */
export const ContestResultSchema = z.object({
  rank: z.number().int().min(1).max(100_000).nullable(),
  score: z.number().min(0).max(10_000).nullable(),
  medal: MedalSchema.nullable(),
  prize: text({ max: 100 }).nullable(),
});

export type Medal = z.output<typeof MedalSchema>;
export type EntrantTrack = z.output<typeof EntrantTrackSchema>;
export type ContestResult = z.output<typeof ContestResultSchema>;
