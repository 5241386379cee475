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
import { abstractHasBoth, anyOf, either, unlessTitle } from './query-text';
import type { Topic } from './topic';

// Language models, by name and by what is done to them. Vision-language, speech and other
// models that merely contain a language model are `multimodal` (or `speech-audio`).
const LANGUAGE_MODEL_TITLE = anyOf(
  'language model', 'llm', 'lm', 'slm', 'reasoning model', 'rlhf', 'dpo', 'grpo', 'rlvr', 'rag',
  'chain of thought', 'language agent', 'on-policy distillation', 'reward model', 'process reward', 'gpt',
  'llama', 'qwen', 'deepseek', 'tokenization', 'tokenizer',
);
const LANGUAGE_MODEL_ABSTRACT = anyOf(
  'large language model', 'language model', 'llm', 'slm', 'reasoning model', 'chain of thought', 'language agent',
  'rlvr', 'verifiable reward', 'on-policy distillation', 'reward model', 'preference optimization',
  'instruction tuning', 'instruction-tuned', 'jailbreak', 'gpt', 'llama', 'qwen', 'qwen2', 'qwen3', 'deepseek',
  'gemini', 'claude', 'mistral', 'gemma', 'test-time scaling', 'post-training', 'pretraining', 'fine-tuning',
);
const NOT_TEXT_ONLY = anyOf(
  'multimodal', 'vision-language', 'vlm', 'mllm', 'lvlm', 'visual', 'vision', 'video', 'image', 'speech', 'spoken',
  'audio', 'robot', 'embodied', 'text-to-image', 'omni', 'omnimodal', 'flow', 'diffusion model', '3d', 'spiking',
  'hypernetwork', 'graph',
);
const OTHER_MODALITY_ABSTRACT = anyOf(
  'vision-language', 'vlm', 'mllm', 'lvlm', 'multimodal large language', 'image', 'video', 'robot', 'speech',
);

const VISION_TITLE = anyOf(
  'image', 'video', 'visual', 'vision', 'camera', 'pixel', '3d', '4d', 'scene', 'segmentation', 'object detection',
  'detector', 'gaussian splatting', 'nerf', 'slam', 'point cloud', 'rendering', 'text-to-image', 'try-on',
  'action recognition', 'yolo', 'super-resolution', 'implicit neural', 'low-level vision', 'world modeling',
);
const VISION_ABSTRACT = anyOf(
  'computer vision', 'object detection', 'image segmentation', 'instance segmentation', 'semantic segmentation',
  'object segmentation', 'pose estimation', 'depth estimation', 'optical flow',
  '3d reconstruction', 'novel view synthesis', 'gaussian splatting', 'nerf', 'point cloud', 'super-resolution',
  'image restoration', 'visual recognition', 'object tracking', 'vision transformer',
  'video generation', 'visual generation', 'text-to-image', 'text-to-video', 'image editing', 'video diffusion',
  'image synthesis', 'visual perception',
);

const GENERATIVE_TITLE = anyOf(
  'diffusion', 'flow matching', 'rectified flow', 'normalizing flow', 'gan', 'vae', 'generative model',
  'generative modeling', 'image synthesis', 'video synthesis', 'view synthesis', 'interaction synthesis',
  'text-to-image', 'text-to-video', 'image-to-video', 'text-to-3d', 'image editing', 'video editing',
  'video world model', 'try-on', 'vector quantization', 'consistency model',
);
// "Generation" and "generator" in a title are generative modelling when what is generated is media.
const GENERATED_MEDIA = anyOf(
  'image', 'video', 'visual', '3d', '4d', 'scene', 'motion', 'avatar', 'world', 'audio', 'speech', 'music',
  'molecule', 'molecular', 'pixel', 'shape', 'text-to-image', 'text-to-video',
);
const GENERATIVE_ABSTRACT = anyOf(
  'diffusion model', 'video diffusion', 'latent diffusion', 'diffusion transformer', 'dit', 'flow matching',
  'rectified flow', 'denoising diffusion', 'image generation', 'video generation', 'visual generation',
  '3d generation', 'image synthesis', 'video synthesis', 'text-to-image', 'text-to-video', 'image editing',
  'video generator', 'speech generation', 'audio generation', 'molecule generation',
  'molecular generation', 'video world model',
);
// Generation of text, code or data is language modelling, not a generative-model paper.
const NOT_GENERATIVE = [
  'scene graph', 'code generation', 'data generation', 'retrieval-augmented generation', 'text generation',
  'query generation', 'language generation', 'information diffusion', 'graph diffusion', 'diffusion mri',
  'hypernetwork',
];

const MULTIMODAL_TITLE = anyOf(
  'multimodal', 'multimodality', 'vision-language', 'vision language', 'vlm', 'mllm', 'lvlm', 'lmm', 'video llm',
  'omni-modal', 'omnimodal', 'omni', 'audio-visual', 'vision-language-action', 'vla', 'visual question answering',
  'vqa', 'captioning', 'image-text', 'cross-modal', 'any-to-any', 'visual reasoning', 'video understanding',
  'image understanding', 'visual agent', 'gui agent',
);
const MULTIMODAL_ABSTRACT = anyOf(
  'multimodal', 'vision-language', 'vlm', 'mllm', 'lvlm', 'video llm', 'video large language', 'omni-modal',
  'omnimodal', 'audio-visual', 'vision-language-action', 'vla', 'vqa', 'captioning', 'cross-modal',
);
const MULTIMODAL_WORK = anyOf(
  'vlm', 'mllm', 'lvlm', 'vision-language model', 'multimodal large language', 'multimodal model',
  'vision-language-action', 'vla', 'omni-modal', 'video llm', 'video large language', 'vqa',
  'visual question answering', 'visual reasoning', 'video understanding', 'visual grounding', 'screenshots',
);

const AGENTS_TITLE = anyOf(
  'agent', 'agentic', 'multi-agent', 'harness', 'deep search', 'deep research', 'tool use', 'tool calling',
  'function calling',
);
const AGENTS_ABSTRACT = anyOf(
  'llm agent', 'llm-based agent', 'language agent', 'ai agent', 'autonomous agent', 'web agent',
  'search agent', 'gui agent', 'coding agent', 'computer use', 'tool use', 'tool calling', 'tool calls',
  'function calling', 'tool-integrated', 'deep research', 'multi-agent system', 'multi-agent framework',
  'agent harness', 'agent memory', 'specialized agents', 'agent framework', 'agent benchmark',
  'lvlm agent', 'agentic systems', 'agentic tasks', 'agentic workflow',
  'mcp',
);

const RL_TITLE = anyOf(
  'reinforcement learning', 'rl', 'marl', 'drl', 'grpo', 'ppo', 'rlvr', 'rlhf', 'rlaif', 'policy optimization',
  'policy gradient', 'verifiable reward', 'bandit', 'regret', 'q-learning', 'actor-critic',
  'markov decision process', 'mdp', 'imitation learning', 'value function', 'self-play', 'policy alignment',
);
const RL_ABSTRACT = anyOf(
  'reinforcement learning', 'rl', 'marl', 'drl', 'grpo', 'ppo', 'rlvr', 'rlhf', 'rlaif', 'policy optimization',
  'policy gradient', 'verifiable reward', 'bandit', 'q-learning', 'actor-critic', 'markov decision process', 'mdp',
  'imitation learning', 'value function', 'self-play', 'preference optimization',
);
// Algorithms an abstract names only when the paper runs them.
const RL_METHODS = anyOf('grpo', 'ppo', 'rlvr', 'rlhf', 'rlaif', 'policy gradient', 'actor-critic', 'q-learning');
const RL_WORK = anyOf('reward', 'policy', 'rollout', 'advantage', 'exploration', 'credit assignment', 'regret');

const ROBOTICS_TITLE = anyOf(
  'robot', 'robotic', 'robotics', 'humanoid', 'quadruped', 'legged', 'robotic manipulation', 'dexterous manipulation',
  'grasping', 'locomotion', 'embodied', 'vision-language-action', 'vla', 'autonomous driving', 'self-driving',
  'autonomous vehicle', 'motion planning', 'sim-to-real', 'uav', 'world-action', 'world action',
);
const ROBOTICS_ABSTRACT = anyOf(
  'robot', 'robotic', 'quadruped', 'robotic manipulation', 'legged robot', 'autonomous driving',
  'vision-language-action', 'manipulation tasks',
);

const GRAPHS_TITLE = anyOf(
  'graph', 'graph neural network', 'gnn', 'gcn', 'hypergraph', 'link prediction', 'temporal network',
  'signed networks', 'complex networks', 'traffic flow', 'traffic prediction',
);
// Graphs that are not what the paper learns on.
const NOT_GRAPHS = ['scene graph', 'knowledge graph', 'computational graph', 'graph optimization', 'graph modeling'];
const GRAPHS_ABSTRACT = anyOf(
  'spatio-temporal graph', 'link prediction', 'hypergraph', 'node classification', 'graph classification',
  'temporal networks', 'temporal graphs', 'dynamic graphs', 'message passing', 'graph representation learning',
);
const GNN = anyOf('graph neural network', 'gnn', 'gcn', 'graph convolutional', 'graph transformer');
const GRAPH_STRUCTURE = anyOf('node', 'adjacency', 'graph structure', 'message passing');

const EFFICIENCY_TITLE = anyOf(
  'quantization', 'quantized', 'low-bit', 'pruning', 'prune', 'model compression', 'token compression',
  'token reduction', 'token pruning', 'kv cache', 'speculative', 'speculation', 'early exit', 'early exiting',
  'dynamic neural network', 'dynamic pruning', 'dynamic sparse', 'sparse learning', 'sparse training', 'spiking',
  'neuromorphic', 'accelerating', 'acceleration', 'faster inference', 'lightweight', 'on-device',
  'edge intelligence', 'compiler', 'distillation', 'distilling', 'one-step',
  'inference efficiency', 'efficient inference', 'mixture of experts', 'mixture-of-experts', 'moe', 'expert parallelism',
  'gpu kernel', 'triton', 'cuda', 'kernel generation', 'fast', 'memory-efficient', 'low-latency',
  'parameter-efficient',
);
const EFFICIENCY_ABSTRACT = anyOf(
  'post-training quantization', 'quantization-aware', 'weight quantization', 'token compression', 'token pruning',
  'token merging', 'kv cache eviction', 'kv cache compression', 'speculative decoding', 'early exit', 'early exiting',
  'dynamic neural network', 'spiking neural network', 'inference speedup', 'lossless speedup', 'inference speed',
  'dl compiler', 'sparse attention', 'adaptive computation', 'efficient reasoning', 'on-device', 'edge devices',
  'resource-constrained', 'time per output token', 'expert parallelism', 'gpu kernels', 'kernel generation',
);
// "Efficient" in a title is a claim; with costs measured in the abstract it is the subject.
const EFFICIENT_TITLE = anyOf('efficient', 'efficiency');
const COST_MEASURED = anyOf('latency', 'speedup', 'inference cost', 'memory footprint', 'memory usage', 'flops', 'throughput', 'compression');
const NOT_MODEL_EFFICIENCY = ['on-policy distillation', 'dataset distillation', 'vector quantization'];

const TRAINING_TITLE = anyOf(
  'distributed training', 'parallel training', 'training efficiency', 'training stability', 'training dynamics',
  'optimizer', 'adam', 'adamw', 'muon', 'sgd', 'learning rate', 'hyperparameter', 'bilevel optimization',
  'loss landscape', 'mode connectivity', 'scaling law', 'mixed precision', 'normalization', 'normalization-free',
  'load balancing', 'teacher forcing',
);
const TRAINING_ABSTRACT = anyOf(
  'distributed training', 'data parallelism', 'model parallelism', 'pipeline parallelism', 'tensor parallelism',
  'parallel training', 'unstable optimization', 'exploding gradients', 'gradient explosion', 'adamw', 'muon',
  'loss landscape', 'collective communication', 'layernorm', 'rmsnorm', 'model flops utilization', 'mfu',
);

// Not "continually": an adverb abstracts use in passing ("the model continually refines its plan").
// Not "lifelong" or "self-evolving" alone: titles use them for long-horizon memory and agents that rewrite prompts.
const CONTINUAL_TITLE = anyOf(
  'continual', 'lifelong learning', 'incremental learning', 'class-incremental', 'catastrophic forgetting',
  'forgetting', 'memory evolution', 'meta-evolution', 'agentic evolution', 'concept drift', 'experiential learning',
);
const CONTINUAL_ABSTRACT = anyOf(
  'continual learning', 'lifelong learning', 'catastrophic forgetting', 'incremental learning', 'continual adaptation',
  'continuous learning', 'continually learns', 'stability-plasticity', 'deployment-time learning',
  'learn from experience', 'concept drift',
);

// What a continual-learning paper measures itself against; a list of applications has none of it.
const CONTINUAL_SETTING = anyOf(
  'forgetting', 'previous tasks', 'new tasks', 'sequential tasks', 'task sequence', 'stream', 'streaming',
  'non-stationary', 'drift', 'plasticity', 'retain', 'deployment-time', 'accumulated experience',
);

const FEDERATED_TITLE = anyOf('federated', 'fedavg', 'decentralized learning', 'gossip learning', 'split learning', 'cross-silo', 'cross-device');
const FEDERATED_ABSTRACT = anyOf('federated learning', 'decentralized learning');

const SEQUENCE_TITLE = anyOf(
  'state space', 'ssm', 's4', 'mamba', 'rnn', 'lstm', 'recurrent neural', 'linear attention', 'sparse attention',
  'efficient attention', 'hopfield', 'hippo', 'rope', 'positional encoding', 'position embedding',
  'residual stream', 'sequence model', 'sequence modeling', 'spatial-temporal', 'spatio-temporal',
  'traffic prediction', 'traffic forecasting', 'temporal reasoning', 'liquid neural', 'teacher forcing',
  'hybrid linear', 'spatial and temporal',
);
const SEQUENCE_ABSTRACT = anyOf(
  'state space model', 'ssm', 'mamba', 'recurrent neural network', 'rnn', 'lstm', 'gru', 'linear attention',
  'softmax attention', 'sliding window attention', 'gated deltanet', 'rwkv', 'rotary position', 'positional encoding',
  'sequence modeling', 'traffic forecasting', 'long-range dependencies', 'modern hopfield',
);

const HYPERNETWORKS = anyOf(
  'hypernetwork', 'hyper-network', 'hypernet', 'weight generation', 'parameter generation', 'generate the weights',
  'generates the weights', 'generate weights', 'predict the parameters', 'predicting parameters', 'best-response',
);

const SPEECH_AUDIO_TITLE = anyOf(
  'speech', 'audio', 'asr', 'tts', 'text-to-speech', 'speaker', 'voice', 'spoken', 'music', 'musical', 'acoustic',
  'sound event', 'wav2vec', 'whisper', 'phone', 'phonetic', 'phonological', 'accent', 'omni-modal', 'omnimodal',
);
const SPEECH_AUDIO_ABSTRACT = anyOf('speech', 'audio', 'spoken', 'acoustic', 'phonetic', 'phonological', 'music');
const SPEECH_AUDIO_WORK = anyOf(
  'asr', 'tts', 'text-to-speech', 'speech recognition', 'speech generation', 'speech synthesis', 'speaker', 'voice',
  'spoken', 'audio signals', 'audio tokens', 'audio cues', 'audio-visual', 'audio language', 'omni',
  'omni-modal', 'omnimodal', 'phonetic', 'phonological', 'phone', 'sound', 'non-speech', 'music', 'mos',
  'dialects', 'accent', 'speech models',
);
const NOT_SPEECH = anyOf('hate speech', 'part of speech', 'figure of speech', 'phone use', 'smartphone');

const SCIENCE_TITLE = anyOf(
  'biology', 'biological', 'biomedical', 'bioinformatics', 'protein', 'molecule', 'molecular', 'drug', 'chemistry',
  'chemical', 'materials', 'physics', 'physical systems', 'fluid dynamics', 'pde', 'climate', 'weather', 'medical',
  'medicine', 'clinical', 'patient', 'healthcare', 'disease', 'cancer', 'mri', 'radiology', 'pathology',
  'genomics', 'genome', 'gene', 'single-cell', 'dna', 'rna', 'neuroscience', 'brain', 'neurobiological',
  'connectome', 'fmri', 'meg', 'eeg', 'quantum', 'fracture', 'crystal', 'astronomy', 'astrophysics',
  'cosmology', 'ecology', 'epidemiology', 'seismic', 'earth observation', 'enzyme', 'antibody', 'scientific',
  'digital twins', 'dental', 'chaotic',
);
// A domain's objects and a domain's name together: one alone is often an example in passing.
const SCIENCE_OBJECTS = anyOf(
  'protein', 'molecule', 'molecular', 'drug', 'chemical', 'materials science', 'material design', 'pde', 'climatology',
  'weather', 'medical', 'patient', 'disease', 'cancer', 'mri', 'radiology', 'genomic', 'genomics', 'gene',
  'single-cell', 'dna', 'rna', 'fmri', 'meg', 'eeg', 'quantum', 'astrophysics', 'ecology', 'epidemics',
  'epidemiology', 'enzyme', 'antibody', 'scientific discovery', 'dental', 'biochemistry', 'dynamical systems',
  'natural sciences', 'perturbation', 'cellular', 'neuronal', 'tissue', 'diagnosis',
);
const SCIENCE_FIELDS = anyOf(
  'scientific', 'science', 'biology', 'biomedical', 'medicine', 'clinical', 'chemistry', 'physics',
  'neuroscience', 'climate', 'healthcare', 'biomedicine', 'cells', 'patients', 'scientists', 'experiments',
);
// Physics as a property of generated video, not a science.
const NOT_SCIENCE = ['physics-grounded', 'physics-constrained', 'physics-guided', 'physics-aware', 'physically plausible', 'physical plausibility'];

/** Every built-in topic but `all`, in the order the index page and OPML list them. */
export const BUILTIN_TOPICS: readonly Topic[] = [
  {
    slug: 'llm',
    title: 'Language models',
    description: 'Papers on large language models: pretraining, post-training and RL for reasoning, alignment, evaluation, retrieval',
    query: `-title:${NOT_TEXT_ONLY} (title:${LANGUAGE_MODEL_TITLE} OR (abstract:${LANGUAGE_MODEL_ABSTRACT} -abstract:${OTHER_MODALITY_ABSTRACT}))`,
  },
  {
    slug: 'vision',
    title: 'Computer vision',
    description: 'Papers on images, video and 3D: detection, segmentation, reconstruction, restoration, visual generation',
    query: either(unlessTitle(`title:${VISION_TITLE}`, 'vision-language', 'vision language', 'time-series', 'phone', 'robot', 'hypernetwork'), `abstract:${VISION_ABSTRACT}`),
  },
  {
    slug: 'generative',
    title: 'Generative models',
    description: 'Papers on diffusion, flow matching, GANs, VAEs and image, video, 3D, audio and molecule generation',
    query: unlessTitle(
      either(`title:${GENERATIVE_TITLE}`, `(title:${anyOf('generation', 'generator', 'generative')} title:${GENERATED_MEDIA})`, `abstract:${GENERATIVE_ABSTRACT}`),
      ...NOT_GENERATIVE,
    ),
  },
  {
    slug: 'multimodal',
    title: 'Multimodal models',
    description: 'Papers on vision-language, audio-visual and omni-modal models, VQA, captioning and vision-language-action models',
    query: either(`(title:${MULTIMODAL_TITLE} -title:"multimodal attention")`, abstractHasBoth(MULTIMODAL_ABSTRACT, MULTIMODAL_WORK)),
  },
  {
    slug: 'agents',
    title: 'Agents',
    description: 'Papers on LLM agents: tool use, web, GUI and coding agents, deep research, memory, multi-agent systems',
    query: either(`title:${AGENTS_TITLE}`, `abstract:${AGENTS_ABSTRACT}`),
  },
  {
    slug: 'reinforcement-learning',
    title: 'Reinforcement learning',
    description: 'Papers on reinforcement learning: policy optimization, RL from feedback and verifiable rewards, bandits, imitation',
    query: either(`title:${RL_TITLE}`, `abstract:${RL_METHODS}`, abstractHasBoth(RL_ABSTRACT, RL_WORK)),
  },
  {
    slug: 'robotics',
    title: 'Robotics',
    description: 'Papers on robot learning, manipulation, locomotion, embodied AI, VLA models and autonomous driving',
    query: either(`title:${ROBOTICS_TITLE}`, `abstract:${ROBOTICS_ABSTRACT}`),
  },
  {
    slug: 'graphs',
    title: 'Graph learning',
    description: 'Papers on graph neural networks, hypergraphs, link prediction, temporal graphs and spatio-temporal forecasting',
    query: either(unlessTitle(`title:${GRAPHS_TITLE}`, ...NOT_GRAPHS), `abstract:${GRAPHS_ABSTRACT}`, abstractHasBoth(GNN, GRAPH_STRUCTURE)),
  },
  {
    slug: 'efficiency',
    title: 'Efficient models',
    description: 'Papers on quantization, pruning, distillation, sparsity, early exit, dynamic and spiking networks, KV caches and ML compilers',
    query: unlessTitle(
      either(`title:${EFFICIENCY_TITLE}`, `abstract:${EFFICIENCY_ABSTRACT}`, `(title:${EFFICIENT_TITLE} abstract:${COST_MEASURED})`),
      ...NOT_MODEL_EFFICIENCY,
    ),
  },
  {
    slug: 'training',
    title: 'Training',
    description: 'Papers on distributed and parallel training, optimizers, hyperparameters, scaling laws, stability and loss landscapes',
    query: either(`title:${TRAINING_TITLE}`, `abstract:${TRAINING_ABSTRACT}`),
  },
  {
    slug: 'continual-learning',
    title: 'Continual learning',
    description: 'Papers on continual, lifelong and incremental learning, catastrophic forgetting and models that learn from experience',
    query: either(`title:${CONTINUAL_TITLE}`, abstractHasBoth(CONTINUAL_ABSTRACT, CONTINUAL_SETTING)),
  },
  {
    slug: 'federated-learning',
    title: 'Federated learning',
    description: 'Papers on federated and decentralized learning across clients and devices',
    query: either(`title:${FEDERATED_TITLE}`, `abstract:${FEDERATED_ABSTRACT}`),
  },
  {
    slug: 'sequence-models',
    title: 'Sequence models',
    description: 'Papers on state space models, Mamba, RNNs, linear and other attention variants, positional encodings and spatio-temporal forecasting',
    query: unlessTitle(either(`title:${SEQUENCE_TITLE}`, `abstract:${SEQUENCE_ABSTRACT}`), 'hypernetwork'),
  },
  {
    slug: 'hypernetworks',
    title: 'Hypernetworks',
    description: 'Papers on hypernetworks: networks that generate the weights of other networks',
    query: either(`title:${HYPERNETWORKS}`, `title:"weight space"`, `abstract:${HYPERNETWORKS}`),
  },
  {
    slug: 'speech-audio',
    title: 'Speech and audio',
    description: 'Papers on speech recognition and synthesis, spoken language models, audio and music',
    query: `(title:${SPEECH_AUDIO_TITLE} OR ${abstractHasBoth(SPEECH_AUDIO_ABSTRACT, SPEECH_AUDIO_WORK)}) -title:${NOT_SPEECH} -abstract:${anyOf('hate speech', 'part of speech')}`,
  },
  {
    slug: 'science',
    title: 'Science',
    description: 'Papers on machine learning for biology, medicine, physics, chemistry, materials, climate and neuroscience',
    query: unlessTitle(either(`title:${SCIENCE_TITLE}`, abstractHasBoth(SCIENCE_OBJECTS, SCIENCE_FIELDS)), ...NOT_SCIENCE),
  },
];
