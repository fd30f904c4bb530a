/** Kafka topics, one per write service; each keeps everything so projections can replay from 0. */
export const Topics = {
  assessment: 'tianfu.assessment.events',
  certification: 'tianfu.certification.events',
  talent: 'tianfu.talent.events',
  competition: 'tianfu.competition.events',
  catalogue: 'tianfu.catalogue.events',
  training: 'tianfu.training.events',
  subsidy: 'tianfu.subsidy.events',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** Where a consumer parks a message it could not handle. */
export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;

export const allTopics = (): string[] => Object.values(Topics).flatMap((t) => [t, deadLetterTopic(t)]);
