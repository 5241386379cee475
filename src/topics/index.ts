export { ALL_TOPIC, type Topic } from './topic';
export { BUILTIN_TOPICS } from './builtin';
export { topicsFromConfig } from './config';
export { loadTopics, findTopic, topicMatcher, validTopicsSentence } from './registry';
export { topicCatalog, topicFeeds, type TopicEntry, type TopicFeeds } from './catalog';
