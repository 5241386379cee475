/** Placeholder until the first training run. */
import type { LearntScore } from './learnt-score';

export const LEARNT_SCORES: Readonly<Record<string, LearntScore>> = {};
