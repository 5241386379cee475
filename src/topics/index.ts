export { ALL_TOPIC, type Topic } from './topic';
export { loadTopics, findTopic, topicMatcher } from './registry';
