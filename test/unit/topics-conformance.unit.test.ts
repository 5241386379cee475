/**
 * Precision of the built-in topics on words that summaries use in passing: an adverb or an
 * adjective must not put a paper in a topic it is not about, while the same word where it says
 * what the paper is (its title) still counts.
 */
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../src/domain/types';
import { BUILTIN_TOPICS, topicMatcher } from '../../src/topics';

const inTopic = (slug: string, title: string, summary: string): boolean => {
  const topic = BUILTIN_TOPICS.find((t) => t.slug === slug);
  if (!topic) throw new Error(`no topic ${slug}`);
  return topicMatcher(topic)({ title, abstract: summary, aiSummary: summary, aiKeywords: [] } as unknown as Paper);
};

describe('built-in topics: passing mentions', () => {
  it.each([
    ['continual-learning', 'Self-Refine: Iterative Refinement with Self-Feedback', 'The model continually refines its own output using feedback from itself.'],
    ['efficiency', 'Grounded Visual Question Answering', 'A lightweight module links answers to image regions and improves VQA accuracy.'],
    ['efficiency', 'BenchHub: A Compilation of Reasoning Benchmarks', 'A unified compilation of 38 benchmarks for evaluating reasoning.'],
    // A robot's mass and a policy's sample budget are not a model's cost.
    ['efficiency', 'A Lightweight Robotic Hand for Dexterous Grasping', 'A cable-driven hand that weighs 400 g and grasps 30 household objects.'],
    ['efficiency', 'Sample-Efficient Reinforcement Learning for Instruction Following', 'Replaying failed rollouts cuts the samples needed and reduces latency of training.'],
    ['efficiency', 'Object Detection in Traffic Scenes', 'A detector reaching real-time inference speed on a standard GPU.'],
    ['sequence-models', 'Cricket Shot Classification: A Baseline Study', 'We compare a CNN-LSTM with a 3D CNN; the LSTM baseline is weaker.'],
    ['science', 'Physics of Language Models: Canon Layers', 'Synthetic pretraining tasks isolate what an architecture can learn.'],
    ['science', 'Physics-Informed Friction Modelling for Robotic Manipulators', 'A Kolmogorov-Arnold network learns friction for precise motion control of a robot.'],
    ['training', 'Federated Learning with Momentum', 'Clients run SGD with a learning rate schedule; we prove convergence of the aggregated model.'],
  ])('%s excludes "%s"', (slug, title, summary) => {
    expect(inTopic(slug, title, summary)).toBe(false);
  });

  it.each([
    ['continual-learning', 'Continual Pre-Training of Language Models', 'Models keep learning from new domains without forgetting old ones.'],
    ['efficiency', 'MobileViT: Light-weight, General-purpose Vision Transformer', 'A light-weight vision transformer for mobile devices.'],
    ['efficiency', 'TVM: An Automated End-to-End Optimizing Compiler for Deep Learning', 'TVM compiles models to diverse hardware back-ends.'],
    // A field named by its own objects, again and again, without the field's name.
    ['science', 'Change Detection with Spatio-Temporal Consistency', 'We detect surface changes in bi-temporal satellite images; remote sensing change detection benchmarks show gains.'],
    ['science', 'Hierarchical Semantic Learning for Multi-Class Aorta Segmentation', 'Minimally invasive surgery needs 3D analysis of the aorta from CT scans of patients.'],
    ['training', 'Understanding Transformers Learning Random Walks', 'After training with gradient descent, a one-layer transformer is optimal; gradient descent with small initialization can fail, as the step size and convergence analysis shows.'],
    ['sequence-models', 'Electricity Price Forecasting', 'We forecast hourly prices as a time series with a recurrent model that beats seasonal baselines.'],
    ['sequence-models', 'Gated Recurrent Units Revisited', 'We analyse the LSTM and the GRU: a recurrent neural network with linear structure matches the LSTM.'],
    ['reinforcement-learning', 'Restoring Noisy Demonstrations with Diffusion Models', 'Behavior cloning degrades with noisy demonstrations; we restore them before behavior cloning.'],
    ['graphs', 'Attacking and Securing Community Detection', 'An attacker rewires edges to hide a community from detection algorithms.'],
  ])('%s still includes "%s"', (slug, title, summary) => {
    expect(inTopic(slug, title, summary)).toBe(true);
  });
});
