export { allTopics, deadLetterTopic, Topics } from './topics.ts';
export type { TopicName } from './topics.ts';
