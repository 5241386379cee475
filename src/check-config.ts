/**
 * The whole configuration, topics included. Workers have no start-up hook, so every entry point
 * that can report a problem (the scheduled run, /health) reads it through here: a bad var is then
 * a recorded failure that names it, not a silent gap.
 */
import { readConfig, type Config, type Env } from './env';
import { loadTopics } from './topics';

/** Reads the vars and validates `TOPICS`; throws `ConfigError` naming what is wrong. */
export function checkConfig(env: Env): Config {
  const config = readConfig(env);
  loadTopics(env);
  return config;
}
