/**
 * The built-in topics: one feed per research area, each defined by a query in the query syntax
 * (README, "Topics and filters"). An operator can replace or extend them with the `TOPICS` var.
 *
 * The definitions favour precision: a reader unsubscribes from a feed that is half noise. Nearly
 * every abstract mentions language models, agents or images in passing, so most terms count only
 * where a paper says what it is about — its title or its one-sentence AI summary. The abstract
 * counts only for terms that are rarely a passing mention (`hypernetwork`, `early exiting`), or
 * together with words that show the paper works on the subject (a GNN paper talks about nodes or
 * edges). AI keywords are not used: they list every concept the abstract touches, so they are no
 * more precise than the abstract. Each definition is checked against hand-labelled papers
 * (test/unit/topics-builtin.unit.test.ts).
 */
import type { Topic } from './topic';

/** `(a OR "b c" OR …)`: terms with spaces become phrases (hyphens match either spelling). */
function anyOf(...terms: string[]): string {
  return `(${terms.map((term) => (/\s/.test(term) ? `"${term}"` : term)).join(' OR ')})`;
}

/** `terms` except where one of `excluded` appears (in the same field). */
function except(terms: string, ...excluded: string[]): string {
  return `(${terms} ${excluded.map((term) => `-${/\s/.test(term) ? `"${term}"` : term}`).join(' ')})`;
}

/** Matches `terms` where a paper says what it is about: its title or its AI summary. */
function about(terms: string): string {
  return `title:${terms} OR summary:${terms}`;
}

const LANGUAGE_MODELS = anyOf(
  'language model', 'language modeling', 'large language', 'llm', 'lm', 'slm', 'gpt', 'chatgpt', 'llama',
  'instruction tuning', 'instruction following', 'rlhf', 'in-context learning', 'chain of thought',
  'preference optimization', 'dpo', 'retrieval-augmented generation', 'rag', 'reasoning model',
);

const VISION_TASKS = anyOf(
  'computer vision', 'object detection', 'segmentation', 'pose estimation', 'depth estimation', 'optical flow',
  '3d reconstruction', 'scene reconstruction', 'novel view synthesis', 'gaussian splatting', 'nerf',
  'neural radiance field', 'point cloud', 'super-resolution', 'image restoration', 'image classification',
  'visual recognition', 'object tracking', 'vision transformer', 'vit', 'convolutional neural network', 'cnn',
  'yolo', 'scene graph', 'scene understanding', 'spatial perception', 'visual perception', 'slam',
);

// Generation named as such; in a title also the applications, which summaries list in passing.
const GENERATIVE_METHODS = anyOf(
  'diffusion model', 'denoising diffusion', 'latent diffusion', 'diffusion transformer', 'stable diffusion',
  'score-based', 'score matching', 'flow matching', 'rectified flow', 'normalizing flow', 'generative adversarial',
  'gan', 'vae', 'variational autoencoder', 'generative model', 'generative modeling', 'consistency model',
);
const GENERATIVE_APPLICATIONS = anyOf(
  'text-to-image', 'text-to-video', 'text-to-3d', 'image-to-video', 'image generation', 'video generation',
  'image synthesis', 'video synthesis', '3d generation', 'image editing', 'music generation', 'audio generation',
  'molecule generation',
);

const MULTIMODAL = anyOf(
  'multimodal', 'multimodality', 'vision-language', 'vision and language', 'vlm', 'mllm', 'lmm',
  'visual question answering', 'vqa', 'captioning', 'cross-modal', 'audio-visual', 'image-text', 'video-language',
  'visual instruction', 'visual grounding', 'omni-modal', 'any-to-any',
);

// "agents" alone is the title's word; summaries mention road agents and agent interactions.
const AGENT_SYSTEMS = anyOf(
  'agentic', 'multi-agent', 'llm agent', 'language agent', 'ai agent', 'autonomous agent', 'web agent',
  'gui agent', 'computer use', 'tool use', 'tool learning', 'function calling', 'intelligent agent',
  'generative agent', 'agent framework',
);

const REINFORCEMENT_LEARNING = anyOf(
  'reinforcement learning', 'rl', 'marl', 'rlhf', 'policy gradient', 'policy optimization', 'q-learning',
  'actor-critic', 'markov decision process', 'mdp', 'bandit', 'imitation learning', 'reward shaping', 'ppo',
  'grpo', 'dqn',
);

const ROBOTICS = anyOf(
  'robot', 'robotic', 'robotics', 'humanoid', 'quadruped', 'legged', 'robotic manipulation',
  'dexterous manipulation', 'grasping', 'locomotion', 'embodied', 'vision-language-action', 'vla',
  'autonomous driving', 'self-driving', 'autonomous vehicle', 'motion planning', 'sim-to-real', 'drone', 'uav',
);

const GRAPH_LEARNING = anyOf(
  'graph neural network', 'gnn', 'gcn', 'graph convolution', 'graph convolutional', 'graph attention network',
  'graph transformer', 'hypergraph', 'link prediction', 'node classification', 'graph classification',
  'graph representation', 'graph learning', 'graph-based', 'graph embedding', 'node embedding',
  'network embedding', 'message passing', 'temporal graph', 'dynamic graph', 'temporal network',
  'signed network', 'heterogeneous graph', 'graph generation', 'graph pooling', 'graph structure learning',
  'molecular graph',
);
// "Graph" in a title, except for graphs that are not what the paper learns on.
const GRAPH_IN_TITLE = except('graph', 'scene graph', 'knowledge graph', 'computational graph', 'computation graph', 'graph optimization');

const EFFICIENCY = anyOf(
  'quantization', 'quantized', 'low-bit', 'binarized', 'binary neural network', 'pruning', 'distillation',
  'distilling', 'knowledge distillation', 'sparsity', 'sparsification', 'sparse training', 'sparse model',
  'sparse learning', 'sparse attention', 'model compression', 'compiler', 'early exit',
  'early exiting', 'speculative decoding', 'kv cache', 'efficient inference', 'inference acceleration',
  'faster inference', 'parameter-efficient',
);
const SPARSE_IN_TITLE = except('sparse', 'sparse view', 'sparse-view', 'sparse reward', 'sparse autoencoder');

const TRAINING = anyOf(
  'distributed training', 'parallel training', 'data parallelism', 'model parallelism', 'pipeline parallelism',
  'tensor parallelism', 'large-scale training', 'training efficiency', 'training stability', 'training dynamics',
  'optimizer', 'adam', 'adamw', 'sgd', 'stochastic gradient descent', 'learning rate', 'hyperparameter',
  'bilevel optimization', 'loss landscape', 'mode connectivity', 'batch size', 'scaling law', 'mixed precision',
  'second-order optimization', 'fsdp', 'collective communication', 'weight decay',
);

// Not "continually": an adverb summaries use in passing ("the model continually refines its plan").
const CONTINUAL_LEARNING = anyOf(
  'continual', 'lifelong learning', 'lifelong', 'incremental learning', 'class-incremental',
  'task-incremental', 'domain-incremental', 'catastrophic forgetting', 'forgetting', 'stability-plasticity',
);

const FEDERATED_LEARNING = anyOf(
  'federated', 'fedavg', 'decentralized learning', 'gossip learning', 'split learning', 'cross-silo', 'cross-device',
);

const SEQUENCE_MODELS = anyOf(
  'state space model', 'ssm', 's4', 'mamba', 'selective scan', 'recurrent neural network', 'rnn', 'lstm',
  'long short-term memory', 'gru', 'gated recurrent', 'linear recurrent', 'linear attention', 'linear transformer',
  'softmax attention', 'sparse attention', 'efficient attention', 'flashattention', 'flash attention',
  'sequence model', 'sequence modeling', 'sequence modelling', 'hyena', 'rwkv', 'retnet', 'xlstm',
  'modern hopfield', 'positional encoding', 'rotary position', 'subquadratic', 'sub-quadratic',
);

const HYPERNETWORKS = anyOf('hypernetwork', 'hyper-network', 'hypernet', 'weight generation', 'parameter generation');

const SPEECH_AUDIO = except(
  anyOf(
    'speech', 'audio', 'asr', 'tts', 'text-to-speech', 'speaker', 'voice', 'spoken', 'music', 'acoustic',
    'sound event', 'sound generation', 'wav2vec', 'whisper',
  ),
  'hate speech', 'part of speech', 'figure of speech',
);

const SCIENCE = anyOf(
  'biology', 'biological', 'biomedical', 'bioinformatics', 'protein', 'molecule', 'molecular', 'drug',
  'chemistry', 'chemical', 'materials', 'physics', 'physical systems', 'physical sciences', 'fluid dynamics',
  'pde', 'partial differential equation', 'climate', 'weather', 'medical', 'medicine', 'clinical', 'patient',
  'healthcare', 'disease', 'cancer', 'mri', 'radiology', 'pathology', 'genomics', 'genome', 'gene', 'single-cell',
  'dna', 'rna', 'neuroscience', 'brain', 'neuronal', 'neurobiological', 'connectome', 'fmri', 'eeg', 'quantum',
  'fracture', 'crystal', 'astronomy', 'astrophysics', 'cosmology', 'ecology', 'epidemiology', 'seismic',
  'earth observation', 'enzyme', 'antibody', 'scientific discovery',
);

/** Every built-in topic but `all`, in the order the index page and OPML list them. */
export const BUILTIN_TOPICS: readonly Topic[] = [
  {
    slug: 'llm',
    title: 'Language models',
    description: 'Papers on large language models: pretraining, instruction tuning, reasoning, alignment, retrieval',
    query: about(LANGUAGE_MODELS),
  },
  {
    slug: 'vision',
    title: 'Computer vision',
    description: 'Papers on images and video: detection, segmentation, 3D, pose, restoration',
    query: `${about(VISION_TASKS)} OR title:${anyOf('image', 'video', 'visual', 'vision', 'camera', 'pixel')}`,
  },
  {
    slug: 'generative',
    title: 'Generative models',
    description: 'Papers on diffusion, flow matching, GANs, VAEs and image, video and 3D generation',
    query: `${about(GENERATIVE_METHODS)} OR title:${GENERATIVE_APPLICATIONS} OR title:${except('diffusion', 'information diffusion', 'graph diffusion', 'diffusion mri')}`,
  },
  {
    slug: 'multimodal',
    title: 'Multimodal models',
    description: 'Papers on vision-language and other multimodal models, captioning and visual question answering',
    query: about(MULTIMODAL),
  },
  {
    slug: 'agents',
    title: 'Agents',
    description: 'Papers on LLM agents, tool use and multi-agent systems',
    query: `title:${anyOf('agent', 'agentic', 'multi-agent')} OR summary:${AGENT_SYSTEMS}`,
  },
  {
    slug: 'reinforcement-learning',
    title: 'Reinforcement learning',
    description: 'Papers on reinforcement learning: policy optimization, RL from feedback, bandits, imitation learning',
    query: about(REINFORCEMENT_LEARNING),
  },
  {
    slug: 'robotics',
    title: 'Robotics',
    description: 'Papers on robot learning, manipulation, locomotion, embodied AI and autonomous driving',
    query: `${about(ROBOTICS)} OR abstract:${anyOf('robot', 'humanoid', 'quadruped', 'robotic manipulation', 'legged robot')}`,
  },
  {
    slug: 'graphs',
    title: 'Graph learning',
    description: 'Papers on graph neural networks, hypergraphs, link prediction and temporal graphs',
    query:
      `${about(GRAPH_LEARNING)} OR title:${GRAPH_IN_TITLE} OR ` +
      `abstract:(${anyOf('graph neural network', 'gnn', 'graph convolutional', 'hypergraph')} ${anyOf('node', 'edge', 'adjacency', 'graph structure')})`,
  },
  {
    slug: 'efficiency',
    title: 'Efficient models',
    description: 'Papers on quantization, pruning, distillation, sparsity, early exit and ML compilers',
    // "Lightweight" says what a paper is about in its title; in a summary it is mostly an aside
    // ("a lightweight module"). "Compilation" alone is as often "a compilation of benchmarks".
    query: `${about(EFFICIENCY)} OR title:${anyOf('distill', 'prune', 'quantize', 'on-device', 'lightweight')} OR title:${SPARSE_IN_TITLE} OR abstract:${anyOf('early exit', 'early exiting', 'post-training quantization', 'quantization-aware', 'speculative decoding')}`,
  },
  {
    slug: 'training',
    title: 'Training',
    description: 'Papers on distributed and parallel training, optimizers, hyperparameters and loss landscapes',
    query: about(TRAINING),
  },
  {
    slug: 'continual-learning',
    title: 'Continual learning',
    description: 'Papers on continual, lifelong and incremental learning and catastrophic forgetting',
    query: about(CONTINUAL_LEARNING),
  },
  {
    slug: 'federated-learning',
    title: 'Federated learning',
    description: 'Papers on federated and decentralized learning across clients and devices',
    query: about(FEDERATED_LEARNING),
  },
  {
    slug: 'sequence-models',
    title: 'Sequence models',
    description: 'Papers on state space models, Mamba, RNNs and attention variants',
    query: about(SEQUENCE_MODELS),
  },
  {
    slug: 'hypernetworks',
    title: 'Hypernetworks',
    description: 'Papers on hypernetworks: networks that generate the weights of other networks',
    query: `${about(HYPERNETWORKS)} OR abstract:${HYPERNETWORKS}`,
  },
  {
    slug: 'speech-audio',
    title: 'Speech and audio',
    description: 'Papers on speech recognition and synthesis, audio and music',
    query: about(SPEECH_AUDIO),
  },
  {
    slug: 'science',
    title: 'Science',
    description: 'Papers on machine learning for biology, medicine, physics, chemistry and neuroscience',
    query: about(SCIENCE),
  },
];
