/**
 * `node scripts/topics-train.mjs`: learns a score per built-in topic from the tuning part of the
 * labelled papers (never the held-out part), chooses by cross-validation how each topic uses it,
 * prints the cross-validated figures and writes src/topics/builtin-scores.ts (docs/topics.md).
 *
 * Per topic: L1-regularised logistic regression on title and abstract words and two-word phrases
 * (features.ts, model.ts), its weights rounded to tenths; the threshold is chosen on out-of-fold
 * log-odds (choose.ts). The figures printed are cross-fitted: each fold's papers are decided by a
 * model that never saw them, at a threshold chosen on the other folds' out-of-fold log-odds.
 */
import { createHash } from 'node:crypto';
import { compileQuery } from '../../src/query';
import { BUILTIN_RULES } from '../../src/topics/builtin';
import { scoredQuery, type LearntScore, type ScoreUse } from '../../src/topics/learnt-score';
import { labelledPapers, type LabelledPaper } from '../topics-eval/labelled-papers';
import { chooseThreshold, f1, SCORE_PRECISION, type Counts } from './choose';
import { featureMatrix, featureQuery, type FeatureMatrix } from './features';
import { fitLogistic } from './model';
import { formatScores } from './write';

/** How many folds the tuning papers are cut into. */
const FOLDS = 5;
/** The L1 penalties tried per topic; the one with the best cross-fitted result is kept. */
const PENALTIES = [0.0005, 0.001, 0.002];
/** The L2 penalty beside them (an elastic net): it spreads weight over terms that go together. */
const L2 = 0.01;
/** The most terms a score keeps (the heaviest); the penalty keeps most scores well below. */
const MAX_TERMS = 150;
/** A topic with fewer labelled tuning papers keeps its rule: too few to learn from. */
const MIN_POSITIVES = 15;
/**
 * The recall, out of fold, at which a score alone is taken to have learnt its area. Half, not
 * 0.60: `llm`'s labels on arXiv listings are less uniform than on the earlier papers, and its score
 * learnt from 1,351 papers (0.66 out of fold then, 0.51 on 1,951) still added nine points of
 * recall at no cost in precision on 600 arXiv papers it had never seen (docs/topics/evaluation.md,
 * "Seventh round"). Cross-fitted, beside the rule, it adds recall without losing precision.
 */
const LEARNT_RECALL = 0.5;

/**
 * Tuning papers the scores are not trained on: the fourth draw of arXiv listings. Scores trained
 * with them as well, and rule and score weighed on them, were measured once on the held-out part:
 * no better overall (0.82 / 0.84 against 0.82 / 0.83), and `llm` lost a third of its recall on the
 * Hugging Face papers the product serves (0.83 to 0.56), so the scores stay those learnt from the
 * earlier tuning papers (docs/topics/evaluation.md, "Ninth round"). The papers stay tuning papers,
 * for tuning rules by hand and for weighing rules against scores on papers neither was written on.
 */
const NOT_TRAINED_ON: readonly string[] = ['arxiv-4'];

/** A score as learnt: feature number → weight in tenths, and the bias (log-odds with no term). */
interface Score {
  tenths: Map<number, number>;
  bias: number;
}

interface TopicResult {
  slug: string;
  use: ScoreUse;
  penalty: number;
  rule: Counts;
  score: Counts;
  combined: Counts;
  learnt: LearntScore;
}

/** Trains, prints the figures and returns the generated file's text. */
export function main(papersText: string): string {
  // The held-out part is dropped before anything else reads the papers.
  const papers = labelledPapers(papersText).filter((paper) => paper.split === 'tuning' && !NOT_TRAINED_ON.includes(paper.sample ?? ''));
  const matrix = featureMatrix(papers);
  const folds = papers.map(foldOf);
  console.log(`${papers.length} tuning papers, ${matrix.features.length} candidate features, ${FOLDS} folds\n`);
  const results = BUILTIN_RULES.map((topic) => trainTopic(topic.slug, topic.query, papers, matrix, folds));
  console.log(report(results));
  return formatScores(Object.fromEntries(results.map((result) => [result.slug, result.learnt])));
}

function trainTopic(slug: string, rule: string, papers: readonly LabelledPaper[], matrix: FeatureMatrix, folds: readonly number[]): TopicResult {
  const labels = Uint8Array.from(papers, (paper) => (paper.topics.includes(slug) ? 1 : 0));
  const matchesRule = compileQuery(rule);
  const ruled = Uint8Array.from(papers, (paper) => (matchesRule(paper) ? 1 : 0));
  const all = papers.map((_, i) => i);
  const ruleCounts = counts(labels, all, (i) => ruled[i] === 1);
  const positives = labels.reduce((sum, label) => sum + label, 0);
  let best: { penalty: number; oof: Float64Array; score: Counts; combined: Counts; use: ScoreUse } | null = null;
  for (const penalty of PENALTIES) {
    const oof = outOfFold(matrix, labels, folds, penalty);
    const score = crossFitted(oof, labels, folds, null);
    const combined = crossFitted(oof, labels, folds, ruled);
    const use: ScoreUse = positives < MIN_POSITIVES ? 'rule' : chooseUse(score);
    const candidate = { penalty, oof, score, combined, use };
    if (!best || merit(candidate) > merit(best)) best = candidate;
  }
  if (!best) throw new Error('no penalty tried');
  // The final score: every tuning paper, the chosen penalty, the threshold chosen on out-of-fold log-odds.
  const final = fitScore(matrix, labels, all, best.penalty);
  const threshold = thresholdOf(best.oof, labels, all);
  const learnt = learntScore(matrix, final, best.use, threshold);
  checkQuery(slug, rule, learnt, papers, matrix, final, ruled, threshold);
  return { slug, use: learnt.use, penalty: best.penalty, rule: ruleCounts, score: best.score, combined: best.combined, learnt };
}

/** How good a penalty is: F1 of the score alone, cross-fitted. */
function merit(candidate: { score: Counts }): number {
  return f1(candidate.score.tp, candidate.score.fp, candidate.score.fn);
}

/**
 * Whether the score goes beside the rule: when the score alone has learnt the area, finding at
 * least `LEARNT_RECALL` of its papers at `SCORE_PRECISION` out of fold (cross-fitted). This is
 * decided on the score's own out-of-fold figures, not by comparing rule and score on these
 * papers: the rules were written looking at them, so their figures here flatter them (0.92 / 0.90
 * here against 0.84 / 0.75 on papers they were not written on), and the papers they miss here are
 * the few no word list reaches. A score alone is never chosen: its recall is below the rules'.
 */
function chooseUse(score: Counts): ScoreUse {
  const precision = score.tp / Math.max(1, score.tp + score.fp);
  const recall = score.tp / Math.max(1, score.tp + score.fn);
  return precision >= SCORE_PRECISION - 0.02 && recall >= LEARNT_RECALL ? 'rule-or-score' : 'rule';
}

/** Each paper's log-odds under the model fitted without its fold. */
function outOfFold(matrix: FeatureMatrix, labels: Uint8Array, folds: readonly number[], penalty: number): Float64Array {
  const logits = new Float64Array(labels.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = folds.flatMap((f, i) => (f === fold ? [] : [i]));
    const score = fitScore(matrix, labels, train, penalty);
    folds.forEach((f, i) => {
      if (f === fold) logits[i] = logitOf(score, matrix.rows[i] as Int32Array);
    });
  }
  return logits;
}

/** Decisions for each fold's papers at a threshold chosen on the other folds' out-of-fold log-odds. */
function crossFitted(logits: Float64Array, labels: Uint8Array, folds: readonly number[], always: Uint8Array | null): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (let fold = 0; fold < FOLDS; fold++) {
    const others = folds.flatMap((f, i) => (f === fold ? [] : [i]));
    const threshold = thresholdOf(logits, labels, others);
    const mine = folds.flatMap((f, i) => (f === fold ? [i] : []));
    const c = counts(labels, mine, (i) => always?.[i] === 1 || (logits[i] as number) >= threshold);
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

/**
 * A score's threshold: the one at which the score alone keeps `SCORE_PRECISION` on the papers
 * numbered `among`, out of fold. Beside a rule it stays the same: what the score adds to the rule
 * is what it finds on its own that the rule misses.
 */
function thresholdOf(logits: Float64Array, labels: Uint8Array, among: readonly number[]): number {
  return chooseThreshold(logits, labels, among, SCORE_PRECISION);
}

/** The model fitted on the papers numbered `train`, its heaviest weights rounded to tenths. */
function fitScore(matrix: FeatureMatrix, labels: Uint8Array, train: readonly number[], penalty: number): Score {
  const rows = train.map((i) => matrix.rows[i] as Int32Array);
  const model = fitLogistic(rows, Uint8Array.from(train, (i) => labels[i] as number), matrix.features.length, penalty, L2);
  const kept = [...model.weights.keys()]
    .map((j) => ({ j, tenths: Math.round((model.weights[j] as number) * 10) }))
    .filter(({ tenths }) => tenths !== 0)
    .sort((a, b) => Math.abs(b.tenths) - Math.abs(a.tenths) || a.j - b.j)
    .slice(0, MAX_TERMS);
  return { tenths: new Map(kept.map(({ j, tenths }) => [j, tenths])), bias: model.bias };
}

function logitOf(score: Score, row: Int32Array): number {
  let tenths = 0;
  for (const j of row) tenths += score.tenths.get(j) ?? 0;
  return score.bias + tenths / 10;
}

/** The score as query terms, with the threshold on log-odds moved onto the sum of weights. */
function learntScore(matrix: FeatureMatrix, score: Score, use: ScoreUse, threshold: number): LearntScore {
  if (use === 'rule' || !Number.isFinite(threshold)) return { use: 'rule', threshold: 0, terms: [] };
  const terms = [...score.tenths]
    .sort(([a, wa], [b, wb]) => wb - wa || a - b)
    .map(([j, tenths]) => `${featureQuery(matrix.features[j] as FeatureMatrix['features'][number])}^${tenths / 10}`);
  // A sum of tenths reaches `threshold - bias` exactly when it reaches the next tenth up.
  const sum = Math.max(1, Math.ceil(Math.round((threshold - score.bias) * 1e6) / 1e5));
  return { use, threshold: sum / 10, terms };
}

/** Refuses a score whose query does not decide every tuning paper as the model does. */
function checkQuery(
  slug: string, rule: string, learnt: LearntScore, papers: readonly LabelledPaper[], matrix: FeatureMatrix,
  score: Score, ruled: Uint8Array, threshold: number,
): void {
  if (learnt.use === 'rule') return;
  const matches = compileQuery(scoredQuery(rule, learnt));
  const floor = Math.max(threshold, score.bias + 0.1);
  papers.forEach((paper, i) => {
    const expected = (learnt.use === 'rule-or-score' && ruled[i] === 1) || logitOf(score, matrix.rows[i] as Int32Array) >= floor - 1e-9;
    if (matches(paper) !== expected) throw new Error(`${slug}: the score query and the model disagree on ${paper.id}`);
  });
}

function counts(labels: Uint8Array, among: readonly number[], decide: (i: number) => boolean): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const i of among) {
    const wanted = labels[i] === 1;
    const found = decide(i);
    if (wanted && found) c.tp++;
    else if (found) c.fp++;
    else if (wanted) c.fn++;
  }
  return c;
}

/** The fold of a paper: from a hash of its id, so that adding papers never moves old ones. */
function foldOf(paper: LabelledPaper): number {
  return createHash('sha256').update(`fold:${paper.id}`).digest().readUInt32BE(0) % FOLDS;
}

function report(results: readonly TopicResult[]): string {
  const cell = (c: Counts) => `${ratio(c.tp, c.tp + c.fp)} ${ratio(c.tp, c.tp + c.fn)}`;
  const chosen = (r: TopicResult) => (r.use === 'rule' ? r.rule : r.use === 'score' ? r.score : r.combined);
  const lines = [
    'Cross-validated on the tuning part (P R); the rules were written on these papers, so theirs are not.',
    '',
    `${'topic'.padEnd(24)}${['rule', 'score', 'rule or score', 'chosen'].map((h) => h.padStart(14)).join('')}  use            terms  sum`,
  ];
  for (const r of results) {
    lines.push(
      `${r.slug.padEnd(24)}${[r.rule, r.score, r.combined, chosen(r)].map((c) => cell(c).padStart(14)).join('')}  ${r.use.padEnd(15)}${String(r.learnt.terms.length).padStart(5)}  ${r.learnt.threshold} (L1 ${r.penalty})`,
    );
  }
  const sum = (pick: (r: TopicResult) => Counts): Counts =>
    results.map(pick).reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
  lines.push(`${'micro'.padEnd(24)}${[sum((r) => r.rule), sum((r) => r.score), sum((r) => r.combined), sum(chosen)].map((c) => cell(c).padStart(14)).join('')}`);
  return lines.join('\n');
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? ' n/a' : (part / whole).toFixed(2);
}
