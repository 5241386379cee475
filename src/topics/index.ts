export { ALL_TOPIC, type Topic } from './topic';
