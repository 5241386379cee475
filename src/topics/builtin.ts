/**
 * The built-in topics: one feed per research area, each defined by a query in the query syntax
 * (README, "Topics and filters"). An operator can replace or extend them with the `TOPICS` var.
 *
 * Where each topic draws its line is written down in docs/topics/guidelines.md, and every
 * definition is measured against real papers labelled by those guidelines (`npm run
 * topics:eval`, docs/topics/evaluation.md): a feed should miss little a researcher in the area
 * wants (recall) and hold little they do not (precision).
 *
 * A title says what a paper is about, so most terms count there alone. The abstract is where
 * the rest of a paper's subject is, but also where every other subject is mentioned in passing,
 * so in the abstract a topic counts only on terms that are rarely a passing mention, or on two
 * kinds of evidence together (`abstractHasBoth`). The AI summary is not read: not every paper
 * has one, and it restates the abstract. AI keywords are not read either: they list every
 * concept the abstract touches.
 */
import { LEARNT_SCORES } from './builtin-scores';
import * as terms from './builtin-terms';
import { scoredQuery } from './learnt-score';
import { abstractHasBoth, abstractRepeats, anyOf, either, unlessTitle } from './query-text';
import type { Topic } from './topic';

/**
 * The hand-written definitions of the built-in topics, before their learnt scores are added
 * (`BUILTIN_TOPICS`); the training script learns each score beside its rule.
 */
export const BUILTIN_RULES: readonly Topic[] = [
  {
    slug: 'llm',
    title: 'Language models',
    description: 'Papers on large language models: pretraining, post-training and RL for reasoning, alignment, evaluation, retrieval, and multimodal language models when their reasoning, training or safety is studied',
    query: either(
      // A text-only language model by name or by what is done to it.
      `(-title:${terms.NOT_TEXT_ONLY} ((title:${terms.LANGUAGE_MODEL_TITLE} -title:${terms.LANGUAGE_MODEL_AS_TOOL_TITLE}) OR (((title:${terms.LANGUAGE_MODEL_SUBJECT_TITLE} -title:${terms.MULTI_AGENT_RL_TITLE}) OR abstract:${terms.LANGUAGE_MODEL_ABSTRACT} OR (abstract:${terms.FINE_TUNING} abstract:${terms.TEXT_SIDE})) -abstract:${terms.OTHER_MODALITY_ABSTRACT} -title:${terms.GRAPH_TITLE})))`,
      // A multimodal language model whose reasoning, rewards or safety are studied, not a robot's or generator's part.
      `(abstract:${terms.MULTIMODAL_LANGUAGE_MODEL} (title:${terms.LANGUAGE_MODEL_STUDIED_TITLE} OR ${abstractRepeats(terms.LANGUAGE_MODEL_STUDIED)}) -abstract:${terms.LANGUAGE_MODEL_AS_COMPONENT} -title:${terms.PERCEPTION_TASK_TITLE})`,
    ),
  },
  {
    slug: 'vision',
    title: 'Computer vision',
    description: 'Papers on images, video and 3D: detection, segmentation, reconstruction, restoration, visual generation',
    query: either(
      unlessTitle(`title:${terms.VISION_TITLE}`, 'vision-language', 'vision language', 'time-series', 'phone', 'robot', 'hypernetwork', ...terms.NOT_VISION_TITLE),
      unlessTitle(
        either(`abstract:${terms.VISION_ABSTRACT}`, abstractHasBoth(terms.VISION_LANGUAGE_MODEL, terms.SEEING), `(title:${terms.GENERATIVE_TITLE} abstract:${terms.VISUAL_MEDIA})`),
        'hypernetwork',
      ),
    ),
  },
  {
    slug: 'generative',
    title: 'Generative models',
    description: 'Papers on diffusion, flow matching, GANs, VAEs and image, video, 3D, audio and molecule generation',
    query: unlessTitle(
      either(
        `title:${terms.GENERATIVE_TITLE}`,
        `(title:${anyOf('generation', 'generator', 'generative', 'synthesis', 'animation', 'generate', 'generating', 'creation')} title:${terms.GENERATED_MEDIA})`,
        `(title:${anyOf('generation', 'generative', 'animation')} abstract:${terms.GENERATIVE_ABSTRACT})`,
        abstractRepeats(terms.GENERATIVE_ABSTRACT),
        `(abstract:${terms.GENERATIVE_METHOD} abstract:${terms.VISUAL_MEDIA})`,
      ),
      ...terms.NOT_GENERATIVE,
    ),
  },
  {
    slug: 'multimodal',
    title: 'Multimodal models',
    description: 'Papers on vision-language, audio-visual and omni-modal models, VQA, captioning and vision-language-action models',
    query: either(
      `(title:${terms.MULTIMODAL_TITLE} -title:"multimodal attention")`,
      `(title:${terms.MODALITIES_TITLE} -title:"multimodal attention" (title:${terms.NOT_ONLY_IMAGES_TITLE} OR abstract:${terms.NOT_ONLY_IMAGES}))`,
      `(${abstractRepeats(terms.MULTIMODAL_MODEL)} abstract:${terms.MULTIMODAL_WORK})`,
      abstractHasBoth(terms.MULTIMODAL_LANGUAGE_MODEL, terms.MULTIMODAL_WORK),
    ),
  },
  {
    slug: 'agents',
    title: 'Agents',
    description: 'Papers on LLM agents: tool use, web, GUI and coding agents, deep research, memory, multi-agent systems',
    query: either(
      unlessTitle(`title:${terms.AGENTS_TITLE}`, 'role-playing'),
      `abstract:${terms.AGENTS_ABSTRACT}`,
      `(${abstractRepeats(terms.AGENT_WORDS, 3)} abstract:${terms.LANGUAGE_MODEL_NAMED})`,
    ),
  },
  {
    slug: 'reinforcement-learning',
    title: 'Reinforcement learning',
    description: 'Papers on reinforcement learning: policy optimization, RL from feedback and verifiable rewards, on-policy distillation, bandits, imitation',
    query: either(
      `title:${terms.RL_TITLE}`,
      unlessTitle(`title:${terms.ON_POLICY_DISTILLATION}`, 'flow', 'flow-matching', 'diffusion'),
      unlessTitle(
        either(`abstract:${terms.RL_METHODS}`, abstractHasBoth(terms.RL_ABSTRACT, terms.RL_WORK), abstractRepeats(terms.IMITATION_ABSTRACT)),
        ...terms.NOT_RL_STUDY,
      ),
    ),
  },
  {
    slug: 'robotics',
    title: 'Robotics',
    description: 'Papers on robot learning, manipulation, locomotion, embodied AI, VLA models and autonomous driving',
    query: either(`title:${terms.ROBOTICS_TITLE}`, `abstract:${terms.ROBOTICS_ABSTRACT}`, abstractRepeats(terms.ROBOT)),
  },
  {
    slug: 'graphs',
    title: 'Graph learning',
    description: 'Papers on graph neural networks, hypergraphs, link prediction, temporal graphs and spatio-temporal forecasting',
    query: either(unlessTitle(`title:${terms.GRAPHS_TITLE}`, ...terms.NOT_GRAPHS), `abstract:${terms.GRAPHS_ABSTRACT}`, abstractHasBoth(terms.GNN, terms.GRAPH_STRUCTURE)),
  },
  {
    slug: 'efficiency',
    title: 'Efficient models',
    description: 'Papers on quantization, pruning, distillation, parameter-efficient fine-tuning, sparsity, early exit, dynamic and spiking networks, KV caches, ML compilers, and small and fast models',
    query: either(
      unlessTitle(
        either(
          `title:${terms.EFFICIENCY_TITLE}`,
          `abstract:${terms.EFFICIENCY_ABSTRACT}`,
          `(abstract:${terms.EFFICIENCY_ABSTRACT_IN_PASSING} ${abstractRepeats(terms.COST_MEASURED)})`,
          unlessTitle(`(abstract:${terms.PARAMETER_EFFICIENT} abstract:${terms.PARAMETERS_SAVED} -abstract:"training-free")`, 'survey'),
          unlessTitle(either(`title:${terms.EFFICIENCY_CLAIM_TITLE}`, `(title:${terms.EFFICIENT_TITLE} abstract:${terms.COST_MEASURED})`), ...terms.PHYSICAL_SYSTEM_TITLE),
        ),
        ...terms.NOT_MODEL_EFFICIENCY,
      ),
      unlessTitle(`(title:${terms.DISTILLATION} title:${terms.FEW_STEP_GENERATOR})`, ...terms.DATASET_DISTILLATION),
    ),
  },
  {
    slug: 'training',
    title: 'Training',
    description: 'Papers on distributed and parallel training, optimizers, initialization, scaling laws, stability, pretraining data and recipes, and training dynamics',
    query: either(
      unlessTitle(`title:${terms.TRAINING_TITLE}`, ...terms.NOT_TRAINING),
      unlessTitle(`title:${terms.PRETRAINING_TITLE}`, ...terms.NOT_TRAINING, ...terms.VISUAL_PRETRAINING),
      `abstract:${terms.TRAINING_ABSTRACT}`,
      unlessTitle(abstractRepeats(terms.TRAINING_PROCESS, 3), ...terms.NOT_CENTRAL_TRAINING),
      unlessTitle(`(title:${terms.SCALING_TITLE} abstract:${terms.SCALE_MEASURED})`, 'test-time'),
    ),
  },
  {
    slug: 'continual-learning',
    title: 'Continual learning',
    description: 'Papers on continual, lifelong and incremental learning, catastrophic forgetting, drift, loss of plasticity and models that learn from experience',
    query: either(
      `title:${terms.CONTINUAL_TITLE}`,
      `(title:${terms.SELF_EVOLVING_TITLE} abstract:${terms.OWN_EXPERIENCE})`,
      abstractHasBoth(terms.CONTINUAL_ABSTRACT, terms.CONTINUAL_SETTING),
      `abstract:${terms.ADAPTATION_AT_TEST_TIME}`,
    ),
  },
  {
    slug: 'federated-learning',
    title: 'Federated learning',
    description: 'Papers on federated and decentralized learning across clients and devices',
    query: either(`title:${terms.FEDERATED_TITLE}`, `abstract:${terms.FEDERATED_ABSTRACT}`, abstractRepeats(terms.FEDERATED_SETTING)),
  },
  {
    slug: 'sequence-models',
    title: 'Sequence models',
    description: 'Papers on state space models, Mamba, RNNs, linear and other attention variants, positional encodings and time-series models',
    query: unlessTitle(
      either(
        `title:${terms.SEQUENCE_TITLE}`,
        abstractRepeats(terms.SEQUENCE_ABSTRACT),
        abstractRepeats(terms.RECURRENT_NETWORK, 3),
        `(title:${terms.FORECASTING_TITLE} abstract:${terms.SERIES_FORECAST})`,
      ),
      'hypernetwork',
    ),
  },
  {
    slug: 'hypernetworks',
    title: 'Hypernetworks',
    description: 'Papers on hypernetworks: networks that generate the weights of other networks',
    query: either(`title:${terms.HYPERNETWORKS}`, `title:"weight space"`, `abstract:${terms.HYPERNETWORKS}`),
  },
  {
    slug: 'speech-audio',
    title: 'Speech and audio',
    description: 'Papers on speech recognition and synthesis, spoken language models, audio and music',
    query: `(title:${terms.SPEECH_AUDIO_TITLE} OR ${abstractHasBoth(terms.SPEECH_AUDIO_ABSTRACT, terms.SPEECH_AUDIO_WORK)}) -title:${terms.NOT_SPEECH} -abstract:${anyOf('hate speech', 'part of speech')}`,
  },
  {
    slug: 'science',
    title: 'Science',
    description: 'Papers on machine learning for biology, medicine, physics, chemistry, materials, climate and earth observation, and neuroscience',
    query: unlessTitle(
      either(`title:${terms.SCIENCE_TITLE}`, abstractHasBoth(terms.SCIENCE_OBJECTS, terms.SCIENCE_FIELDS), abstractRepeats(terms.SCIENCE_DOMAIN)),
      ...terms.NOT_SCIENCE,
    ),
  },
];

/**
 * Every built-in topic but `all`, in the order the index page and OPML list them: each rule with
 * its learnt score (builtin-scores.ts, docs/topics.md), alone or beside it as training chose.
 */
export const BUILTIN_TOPICS: readonly Topic[] = BUILTIN_RULES.map((topic) => ({ ...topic, query: scoredQuery(topic.query, LEARNT_SCORES[topic.slug]) }));
