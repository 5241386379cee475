/**
 * The vocabulary of the built-in topics (builtin.ts): per topic, the terms that count in a title,
 * those that count in an abstract, and the titles that name another subject. Why each list is as
 * it is: docs/topics/guidelines.md (where each topic draws its line) and docs/topics/evaluation.md
 * (how the lists were measured on labelled papers).
 */
import { anyOf } from './query-text';

// Language models, by name and by what is done to them. Vision-language, speech and other
// models that merely contain a language model are `multimodal` (or `speech-audio`).
export const LANGUAGE_MODEL_TITLE = anyOf(
  'language model', 'llm', 'lm', 'slm', 'reasoning model', 'rlhf', 'dpo', 'grpo', 'rlvr', 'rag',
  'chain of thought', 'language agent', 'on-policy distillation', 'reward model', 'process reward', 'gpt',
  'llama', 'qwen', 'deepseek', 'tokenization', 'tokenizer', 'subword', 'retrieval-augmented', 'reasoning tokens',
);
// A language model named in a title as the helper of another system ("LLM-guided grasp selection", "an
// LLM-enhanced planner") is that system's component (guidelines: llm, Out): the title alone does not make it `llm`.
export const LANGUAGE_MODEL_AS_TOOL_TITLE = anyOf(
  'llm-guided', 'llm-enhanced', 'llm-powered', 'llm-assisted', 'llm-aided', 'llm-empowered', 'llm-informed',
  'llm-augmented', 'llm-enabled',
);
// Subjects of language-model papers that other modalities share: they count when the abstract names no other modality.
export const LANGUAGE_MODEL_SUBJECT_TITLE = anyOf(
  'mixture of experts', 'moe', 'deep research', 'deep search', 'agent', 'agentic', 'multi-agent',
);
// Multi-agent reinforcement learning (traffic signals, UAV relays) is agents and RL, not language models.
export const MULTI_AGENT_RL_TITLE = anyOf(
  'marl', 'multi-agent reinforcement', 'multi-agent deep', 'deep reinforcement', 'drl', 'q-learning',
);
export const LANGUAGE_MODEL_ABSTRACT = anyOf(
  'large language model', 'language model', 'llm', 'slm', 'reasoning model', 'chain of thought', 'language agent',
  'rlvr', 'verifiable reward', 'on-policy distillation', 'reward model', 'preference optimization', 'next-token prediction',
  'language modeling', 'retrieval-augmented generation', 'reasoning traces', 'reasoning tokens', 'prompt injection',
  'instruction tuning', 'instruction-tuned', 'jailbreak', 'gpt', 'llama', 'qwen', 'qwen2', 'qwen3', 'deepseek',
  'gemini', 'claude', 'mistral', 'gemma', 'test-time scaling', 'post-training',
);
// Fine-tuning alone is every field's (a point-cloud codec, a tracker, PEFT of a vision backbone): it counts for
// language models beside something only text models are fine-tuned on.
export const FINE_TUNING = anyOf('fine-tuning');
export const TEXT_SIDE = anyOf(
  'reasoning', 'instruction', 'instructions', 'prompt', 'prompts', 'tokens', 'agents', 'preference', 'pretraining',
  'pre-training', 'user', 'queries',
);
// Not "speech" alone: hate speech is a language-model subject.
export const NOT_TEXT_ONLY = anyOf(
  'multimodal', 'vision-language', 'vlm', 'mllm', 'lvlm', 'visual', 'vision', 'video', 'image', 'speech recognition',
  'speech synthesis', 'speech language', 'speech model', 'spoken', 'audio', 'robot', 'embodied', 'text-to-image', 'omni',
  'omnimodal', 'flow', 'diffusion model', '3d', 'spiking', 'tts', 'gui', 'computer-use', 'computer using',
);
// A multimodal language model is a language-model paper when its reasoning, rewards, training or safety are studied.
// Not hallucination: mitigating it is mostly the visual side (contrastive decoding, attention to image tokens).
export const MULTIMODAL_LANGUAGE_MODEL = anyOf(
  'vlm', 'vlms', 'mllm', 'mllms', 'lvlm', 'lvlms', 'lmm', 'lmms', 'vision-language model', 'vision-language models',
  'multimodal large language', 'multimodal language model', 'video llm', 'omni-modal language', 'large audio-language',
  'audio language model', 'multimodal reasoning model',
);
export const LANGUAGE_MODEL_STUDIED = anyOf(
  'chain-of-thought', 'cot', 'grpo', 'rlvr', 'reinforcement learning', 'reward', 'rewards', 'safety', 'jailbreak',
  'verifiable', 'post-training', 'attacks', 'textual reasoning', 'reasoning traces',
  'reasoning chain', 'reasoning chains', 'reasoning data', 'reasoning model', 'reasoning models', 'language priors',
);
export const LANGUAGE_MODEL_STUDIED_TITLE = anyOf(
  'grpo', 'rl', 'reinforcement', 'reinforcing', 'reward', 'rewards', 'safety', 'jailbreak', 'post-training', 'cot', 'judge', 'judges', 'attacks', 'reasoning gap', 'multimodal reasoning', 'textual reasoning',
);
// A multimodal language model trained or tested only on a perception task (grounding, localisation, temporal
// understanding) is a vision paper, not a language-model one (guidelines, "A multimodal LLM paper is llm when …").
export const PERCEPTION_TASK_TITLE = anyOf(
  'grounding', 'localization', 'localizing', 'tracking', 'detection', 'temporal understanding', 'pixels', 'keypoint',
  'counting', 'depth', 'pose', '4d', 'saliency', 'grounded', 'quality assessment',
);
// A language model inside a robot policy or an image or video generator is that system's component (guidelines: llm, Out).
export const LANGUAGE_MODEL_AS_COMPONENT = anyOf(
  'robot', 'robotic', 'vision-language-action', 'vla', 'image generation', 'video generation', 'visual generation',
  'text-to-image', 'text-to-video', 'image editing', 'video editing', 'motion generation', 'diffusion model',
  'guided diffusion', 'grasping', 'manipulation', 'autonomous driving', 'driving',
);
// A graph in the title (a GNN, a knowledge graph) is the subject unless the title also names a language model.
export const GRAPH_TITLE = anyOf('graph');
export const OTHER_MODALITY_ABSTRACT = anyOf(
  'vision-language', 'vlm', 'mllm', 'lvlm', 'multimodal large language', 'image', 'video', 'robot', 'speech recognition',
  'speech synthesis', 'text-to-speech', 'tts', 'spoken language model', 'spoken dialogue', 'audio', 'gui', 'screenshots',
  'computer-use',
);

export const VISION_TITLE = anyOf(
  'image', 'video', 'visual', 'vision', 'camera', 'pixel', '3d', '4d', 'scene', 'segmentation', 'object detection',
  'object detector', 'gaussian splatting', 'nerf', 'slam', 'point cloud', 'rendering', 'text-to-image', 'try-on',
  'action recognition', 'yolo', 'super-resolution', 'implicit neural', 'low-level vision', 'world modeling', 'ocr',
  'view synthesis', 'video grounding', 'temporal grounding', 'spatial intelligence', 'geospatial', 'remote sensing',
  // Vision's subfields and imaging modalities as arXiv's vision listings name them.
  'tracking', 'object tracking', 'facial', 'face', 'gaze', 'saliency', 're-identification', 'place recognition', 'stereo',
  'photometric', 'avatar', 'radiance field', 'event camera', 'imagery', 'hyperspectral', 'mri', 'x-ray', 'microscopy',
  'echocardiography', 'cnn', 'vit',
);
export const VISION_ABSTRACT = anyOf(
  'computer vision', 'object detection', 'image segmentation', 'instance segmentation', 'semantic segmentation',
  'object segmentation', 'pose estimation', 'depth estimation', 'optical flow',
  '3d reconstruction', 'novel view synthesis', 'gaussian splatting', 'nerf', 'point cloud', 'super-resolution',
  'image restoration', 'visual recognition', 'object tracking', 'vision transformer',
  'video generation', 'visual generation', 'text-to-image', 'text-to-video', 'image editing', 'video diffusion',
  'image synthesis', 'visual perception', 'image generation', 'remote sensing', 'geospatial',
);
// A robot's or vehicle's camera named in a title ("vision-based navigation", "visual-inertial odometry", "trajectory
// tracking") is the setting of a control or robotics paper, not seeing studied (guidelines: vision, Out).
export const NOT_VISION_TITLE = [
  'navigation', 'vla', 'vision-language-action', 'trajectory tracking', 'motion tracking', 'eye-tracking',
];
// A vision-language model paper is a vision paper when what it studies is seeing.
export const VISION_LANGUAGE_MODEL = anyOf('vlm', 'mllm', 'lvlm', 'lmm', 'vision-language model', 'multimodal large language', 'video llm');
export const SEEING = anyOf(
  'visual perception', 'perception benchmark', 'visual grounding', 'video grounding', 'temporal grounding', 'ocr',
  'segmentation', 'object detection', 'spatial reasoning', 'spatial understanding', 'video understanding',
  'fine-grained perception', 'geospatial', 'remote sensing', 'occlusion', 'visual memory',
)
// What generative models make is images and video, unless the abstract says otherwise.
export const VISUAL_MEDIA = anyOf('image', 'video', 'pixel');

export const GENERATIVE_TITLE = anyOf(
  'diffusion', 'flow matching', 'rectified flow', 'normalizing flow', 'gan', 'vae', 'generative model',
  'generative modeling', 'image synthesis', 'video synthesis', 'interaction synthesis',
  'text-to-image', 'text-to-video', 'image-to-video', 'text-to-3d', 'image editing', 'video editing',
  'video world model', 'try-on', 'vector quantization', 'consistency model',
);
// "Generation" and "generator" in a title are generative modelling when what is generated is media.
export const GENERATED_MEDIA = anyOf(
  'image', 'video', 'visual', '3d', '4d', 'scene', 'motion', 'avatar', 'world', 'audio', 'speech', 'music',
  'molecule', 'molecular', 'pixel', 'shape', 'text-to-image', 'text-to-video', 'voice', 'singing', 'animation',
);
// What is generated, named in the abstract: the subject whatever the method.
export const GENERATIVE_ABSTRACT = anyOf(
  'video diffusion', 'latent diffusion', 'image generation', 'video generation', 'visual generation',
  '3d generation', 'image synthesis', 'video synthesis', 'text-to-image', 'text-to-video', 'image editing',
  'video generator', 'audio generation', 'music generation', 'molecule generation', 'molecular generation',
  'video world model', 'generated images',
);
// Generative methods an abstract may name for other ends (a flow-matching robot policy, a diffusion prior):
// with the abstract on images, video or other media, the paper is about generating them.
export const GENERATIVE_METHOD = anyOf(
  'diffusion model', 'diffusion transformer', 'dit', 'flow matching', 'rectified flow', 'denoising diffusion',
  'generative model', 'autoregressive generation', 'gan', 'vae',
);
// Generation of text, code or data is language modelling, not a generative-model paper.
export const NOT_GENERATIVE = [
  'scene graph', 'code generation', 'data generation', 'retrieval-augmented generation', 'text generation',
  'query generation', 'language generation', 'information diffusion', 'graph diffusion', 'diffusion mri',
  'hypernetwork',
  // Detecting generated media is `vision` (guidelines, "AI-generated media"); a diffusion policy is a robot's controller.
  'deepfake', 'forgery', 'generated image detection', 'generated video detection', 'diffusion policy', 'diffusion policies',
  // Diffusion as a physical or graph process, or a diffusion model used only as a feature source (guidelines: generative).
  'spectral diffusion', 'diffusion distance', 'diffusion imaging', 'anisotropic diffusion', 'heat diffusion',
  'diffusion features', 'diffusion feature',
];

export const MULTIMODAL_TITLE = anyOf(
  'vision-language', 'vision language', 'vlm', 'mllm', 'lvlm', 'lmm', 'video llm',
  'omni-modal', 'omnimodal', 'omni', 'audio-visual', 'vision-language-action', 'vla', 'visual question answering',
  'vqa', 'captioning', 'image-text', 'any-to-any', 'visual reasoning', 'video understanding',
  'image understanding', 'visual agent', 'visual instruction', 'gui', 'mobile agent', 'computer-use', 'image editing', 'image editor',
  'text-to-video', 'text-driven', 'text conditioning', 'temporal grounding', 'visual grounding',
  'audio-video', 'audio reasoning', 'spoken dialogue', 'audio-language',
  // Generation driven by another modality, and editing by instruction (guidelines: the prompt–output link).
  'music-driven', 'speech-driven', 'audio-driven', 'co-speech', 'text-guided', 'instruction-based', 'instruction-guided',
);
// "Multimodal" or "cross-modal" alone in a title is also said of sensors fused without language (RGB and thermal,
// LiDAR and camera, several satellite bands), which is not `multimodal` (guidelines): it counts beside a language,
// audio or other non-image signal, or a multimodal model's understanding or generation.
export const MODALITIES_TITLE = anyOf('multimodal', 'multimodality', 'cross-modal');
export const NOT_ONLY_IMAGES_TITLE = anyOf('language', 'agent', 'agents', 'perception');
export const NOT_ONLY_IMAGES = anyOf(
  'language', 'text', 'textual', 'audio', 'speech', 'sound', 'acoustic', 'llm', 'llms', 'vlm', 'vlms', 'mllm', 'mllms',
  'lmm', 'lmms', 'caption', 'captions', 'question', 'questions', 'instruction', 'instructions', 'prompts', 'time series',
  'omics', 'genomic', 'clinical', 'electronic health', 'tabular', 'eeg', 'understanding', 'generation',
);
// In an abstract, a multimodal model named once is often a tool (a VLM judge, a VLA baseline); with a multimodal
// task or input beside it, the paper works on it.
export const MULTIMODAL_MODEL = anyOf(
  'multimodal', 'vision-language', 'vlm', 'mllm', 'lvlm', 'lmm', 'video llm', 'video large language', 'omni-modal',
  'omnimodal', 'audio-visual', 'audio-language', 'vision-language-action', 'vla', 'unified model', 'unified multimodal',
  'audio language model', 'large audio', 'speech language model',
);
export const MULTIMODAL_WORK = anyOf(
  'vqa', 'visual question answering', 'visual reasoning', 'video understanding', 'visual grounding', 'screenshots',
  'captioning', 'visual tokens', 'visual inputs',
  'visual understanding', 'multimodal understanding', 'multimodal reasoning', 'multimodal benchmark', 'cross-modal',
  'spatial reasoning', 'image understanding', 'visual perception', 'ocr', 'charts', 'audio-visual', 'visual-textual',
  'text and images', 'images and text', 'vision and language', 'language instructions', 'visual instruction',
  'visual evidence', 'perception benchmarks', 'visual encoder', 'vision encoder', 'modalities',
  'language-conditioned', 'referring', 'audio understanding', 'audio reasoning',
);

export const AGENTS_TITLE = anyOf(
  'agent', 'agentic', 'multi-agent', 'harness', 'deep search', 'deep research', 'tool use', 'tool calling',
  // Not "tool" alone: a physical tool, or an "AI tool" for a clinic, is not an agent's.
  'function calling', 'tool-augmented', 'tool-integrated', 'tool learning', 'terminal',
);
// Not "autonomous agents": abstracts name them as where a method could serve ("could power autonomous agents").
export const AGENTS_ABSTRACT = anyOf(
  'llm agent', 'llm-based agent', 'language agent', 'ai agent', 'web agent',
  'search agent', 'gui agent', 'coding agent', 'computer use', 'tool use', 'tool calling', 'tool calls',
  'function calling', 'tool-integrated', 'multi-agent system', 'multi-agent framework',
  'agent harness', 'agent memory', 'specialized agents', 'agent benchmark',
  'lvlm agent', 'agentic systems', 'agentic tasks',
  'mcp',
  // Multi-agent policy learning is `agents` as well as RL (guidelines).
  'marl', 'multi-agent reinforcement learning',
);

// An abstract that keeps returning to agents, beside a language model, is about LLM agents (not traffic or RL agents alone).
export const AGENT_WORDS = anyOf('agent', 'agents', 'agentic', 'terminal', 'deep research', 'deepresearch', 'tool-use');
export const LANGUAGE_MODEL_NAMED = anyOf(
  'llm', 'llms', 'language model', 'language models', 'vlm', 'vlms', 'mllm', 'mllms', 'gpt', 'claude', 'gemini', 'qwen',
);

export const RL_TITLE = anyOf(
  'reinforcement learning', 'rl', 'marl', 'drl', 'grpo', 'ppo', 'rlvr', 'rlhf', 'rlaif', 'policy optimization',
  'policy gradient', 'verifiable reward', 'bandit', 'regret', 'q-learning', 'actor-critic',
  'markov decision process', 'mdp', 'imitation learning', 'value function', 'self-play', 'policy alignment',
  'rubrics as rewards', 'reward shaping', 'imitation', 'behavior cloning', 'behaviour cloning', 'diffusion policy',
  'diffusion policies', 'inverse reinforcement learning', 'behavioral cloning', 'behavioural cloning',
  'reinforcement fine-tuning', 'reinforcement finetuning',
);
// Learning a policy from demonstrations (guidelines: a new imitation-learning method or policy model is RL), named
// twice: named once, demonstrations are often only the data of a robot paper.
export const IMITATION_ABSTRACT = anyOf(
  'behavior cloning', 'behaviour cloning', 'behavioral cloning', 'behavioural cloning', 'imitation learning',
  'diffusion policy', 'diffusion policies', 'inverse reinforcement learning',
);
// On-policy distillation is an RL stage of a language model's training; of an image or video generator it is
// sampler distillation (generative, efficiency).
export const ON_POLICY_DISTILLATION = anyOf('on-policy distillation', 'opd');
export const RL_ABSTRACT = anyOf(
  'reinforcement learning', 'rl', 'marl', 'drl', 'grpo', 'ppo', 'rlvr', 'rlhf', 'rlaif', 'policy optimization',
  'policy gradient', 'verifiable reward', 'bandit', 'q-learning', 'actor-critic', 'markov decision process', 'mdp',
  'imitation learning', 'value function', 'self-play', 'preference optimization',
);
// Algorithms an abstract names only when the paper runs them.
export const RL_METHODS = anyOf('reinforcement learning', 'grpo', 'ppo', 'rlvr', 'rlhf', 'rlaif', 'policy gradient', 'actor-critic', 'q-learning');
// Surveys, benchmarks and model reports name RL as one stage of what they describe: their titles
// must say RL for them to count (guidelines: RL is in when the paper changes or studies it).
export const NOT_RL_STUDY = ['survey', 'review', 'benchmark', 'benchmarking', 'technical report', 'recipe', 'dataset'];
export const RL_WORK = anyOf('reward', 'policy', 'rollout', 'exploration', 'credit assignment', 'regret');

export const ROBOTICS_TITLE = anyOf(
  'robot', 'robotic', 'robotics', 'humanoid', 'quadruped', 'legged', 'robotic manipulation', 'dexterous manipulation',
  'grasping', 'locomotion', 'embodied', 'vision-language-action', 'vla', 'autonomous driving', 'self-driving',
  'autonomous vehicle', 'motion planning', 'sim-to-real', 'uav', 'world-action', 'world action',
  'vision-language navigation', 'vision-and-language navigation', 'visual navigation', 'vln',
  // Field robotics and driving as arXiv's robotics listings name them.
  'navigation', 'drone', 'mav', 'quadrotor', 'aerial vehicle', 'vehicle', 'driving', 'parking', 'v2x', 'lidar',
  'odometry', 'visual-inertial', 'vio', 'manipulator', 'teleoperation', 'tactile', 'grasp', 'swarm',
  'control barrier', 'trajectory planning', 'model predictive control', 'mpc',
);
// A robot named once in an abstract is often an application in passing ("useful for robotics"): named twice, or a
// robot task by name.
export const ROBOTICS_ABSTRACT = anyOf(
  'robotic manipulation', 'legged robot', 'vision-language-action', 'manipulation tasks', 'real robot', 'real-world robot',
  'robot manipulation', 'robot learning', 'robot policy', 'robot policies', 'mobile robot', 'humanoid robot',
);
export const ROBOT = anyOf('robot', 'robotic', 'robotics', 'quadruped', 'humanoid', 'autonomous driving', 'drone', 'uav');

export const GRAPHS_TITLE = anyOf(
  'graph', 'graph neural network', 'gnn', 'gcn', 'hypergraph', 'link prediction', 'temporal network',
  'signed networks', 'complex networks', 'traffic flow', 'traffic prediction', 'community detection', 'geometric deep',
  'markov random field', 'graph embedding',
);
// Graphs that are not what the paper learns on.
// (A graph that organises retrieval, skills or a workflow is a data structure, not a graph to learn on.)
export const NOT_GRAPHS = [
  'scene graph', 'knowledge graph', 'computational graph', 'graph optimization', 'graph modeling', 'retrieval',
  'retrieval-augmented', 'skills', 'workflow', 'hypernetworks',
  // Graphs of state estimation and robot maps are solved or searched, not learnt on.
  'factor graph', 'pose graph', 'topological graph', 'topo-metric', 'graph map', 'tool graph',
];
export const GRAPHS_ABSTRACT = anyOf(
  'spatio-temporal graph', 'link prediction', 'hypergraph', 'node classification', 'graph classification',
  'temporal networks', 'temporal graphs', 'dynamic graphs', 'message passing', 'graph representation learning',
  'community detection', 'graph embedding',
);
export const GNN = anyOf('graph neural network', 'gnn', 'gcn', 'graph convolutional', 'graph transformer');
export const GRAPH_STRUCTURE = anyOf('node', 'adjacency', 'graph structure', 'message passing');

export const EFFICIENCY_TITLE = anyOf(
  'quantization', 'quantized', 'low-bit', 'pruning', 'prune', 'model compression', 'token compression',
  'token reduction', 'token pruning', 'kv cache', 'speculative', 'speculation', 'early exit', 'early exiting',
  'dynamic neural network', 'dynamic pruning', 'dynamic sparse', 'sparse learning', 'sparse training', 'spiking',
  'neuromorphic', 'accelerating', 'faster inference', 'on-device', 'edge intelligence', 'compiler', 'network compilation',
  'model compilation', 'jit compilation', 'gpu-native', 'one-step', 'inference runtime', 'mobile device',
  'inference efficiency', 'efficient inference', 'expert parallelism', 'sparse moe', 'sparsemoe',
  'gpu kernel', 'triton', 'cuda', 'kernel generation', 'memory-efficient', 'low-latency',
  'parameter-efficient', 'caching', 'small language model', 'small language models', 'compressing',
  'context compression', 'prompt compression', 'llm serving', 'knowledge distillation', 'edge device', 'edge devices',
  'edge deployment', 'low-rank adaptation', 'sparse mixture-of-experts', 'sparse mixture of experts',
);
// A word a title uses for a model's cost, but also for a robot's mass or a controller's footprint: it counts when the
// title is not about a robot, a vehicle or its control.
export const EFFICIENCY_CLAIM_TITLE = anyOf('lightweight');
export const PHYSICAL_SYSTEM_TITLE = [
  'robot', 'robotic', 'manipulation', 'uav', 'driving', 'actuation', 'quadruped', 'humanoid', 'trajectory planning',
  'motion planning', 'path planning', 'optimal control', 'predictive control', 'sim-to-real', 'navigation',
];
export const EFFICIENCY_ABSTRACT = anyOf(
  'post-training quantization', 'quantization-aware', 'weight quantization', 'token compression', 'token pruning',
  'token merging', 'kv cache eviction', 'kv cache compression', 'speculative decoding', 'early exit', 'early exiting',
  'dynamic neural network', 'spiking neural network', 'inference speedup', 'lossless speedup',
  'dl compiler', 'adaptive computation', 'efficient reasoning', 'time per output token', 'expert parallelism', 'gpu kernels', 'kernel generation',
  'budget-aware reasoning', 'budget-aware inference',
);
// Costs an abstract often names as a property in passing ("real-time inference speed", "for resource-constrained
// settings"): they count beside costs measured twice.
export const EFFICIENCY_ABSTRACT_IN_PASSING = anyOf('inference speed', 'sparse attention', 'resource-constrained');
// "Efficient" in a title is a claim; with costs measured in the abstract it is the subject.
// So are a smaller model, a distilled one, a serving system and a budget.
export const EFFICIENT_TITLE = anyOf(
  'efficient', 'efficiency', 'efficiently', 'fast', 'faster', 'real-time', 'distillation', 'distilling', 'lighter',
  'tiny', 'compact', 'serving', 'budget', 'latency', 'economically', 'low-cost', 'cheaper',
  // Mixture of experts is also a way to add capacity (experts per region, per scan type): it is efficiency when the
  // abstract measures what it saves.
  'mixture of experts', 'mixture-of-experts', 'moe',
);
export const COST_MEASURED = anyOf(
  'latency', 'speedup', 'inference cost', 'memory footprint', 'memory usage', 'flops', 'throughput', 'compression',
  'computational cost', 'inference speed', 'gpu memory', 'token budget', 'computational budget', 'inference budget',
  'edge devices', 'mobile devices', 'iphone', 'parameter count', 'kv cache', 'compress', 'faster', 'token cost',
  'parameter-efficient',
);
// Parameter-efficient fine-tuning (guidelines: efficiency, In) by name, beside the parameters it saves; a method
// compared against PEFT but training-free is not PEFT.
export const PARAMETER_EFFICIENT = anyOf('parameter-efficient', 'peft');
export const PARAMETERS_SAVED = anyOf('trainable parameters', 'tunable parameters', 'learnable parameters', 'parameters', 'low-rank');
// Distilling a diffusion or flow model is making it sample in fewer steps, whatever the distillation is called.
export const DISTILLATION = anyOf('distillation', 'distilling', 'distilled');
export const FEW_STEP_GENERATOR = anyOf('diffusion', 'flow', 'flow-matching', 'few-step', 'one-step');
// Distilling a dataset into a few synthetic samples, with a diffusion model or not, makes no model smaller.
export const DATASET_DISTILLATION = ['dataset distillation', 'data distillation'];
// Distillation that is not about model size, and training made cheaper (that is `training`).
// Quantizing or compressing images, video or point clouds is coding media (bandwidth), not a cheaper model; distilling
// across federated clients is federated learning; sample, data and communication efficiency are not a model's cost
// (guidelines: efficiency, Out).
export const NOT_MODEL_EFFICIENCY = [
  'on-policy distillation', 'self-distillation', 'dataset distillation', 'vector quantization', 'jailbreaking', 'attacks',
  'efficient training', 'training efficiency', 'vector-quantized', 'codebook', 'image compression', 'video compression',
  'point cloud', 'federated', 'sample-efficient', 'sample efficiency', 'data-efficient', 'communication-efficient',
];

// How a model is trained rather than what it learns (guidelines: training, Decided): optimisation and its stability,
// initialisation, pretraining and mid-training data and recipes, data selection.
export const TRAINING_TITLE = anyOf(
  'distributed training', 'parallel training', 'training efficiency', 'training stability', 'training dynamics',
  'optimizer', 'adam', 'adamw', 'muon', 'sgd', 'learning rate', 'hyperparameter', 'bilevel optimization',
  'loss landscape', 'mode connectivity', 'scaling law', 'mixed precision', 'normalization', 'normalization-free',
  'load balancing', 'teacher forcing', 'off-policy', 'progressive learning', 'data filtering', 'data mixture',
  'data mixing', 'gpu budget', 'initialization', 'mid-training', 'data selection', 'scaling properties', 'trust region',
  'data efficiency', 'coreset', 'core-set', 'data pruning', 'neural tangent',
  'infinite-width', 'gradient descent', 'optimization dynamics', 'grokking', 'implicit bias', 'weight decay', 'batch size',
  'feedback alignment', 'forward-forward', 'backpropagation-free', 'local learning', 'dataset selection',
  'gradient flow', 'double descent', 'neural collapse', 'natural gradient',
  'second-order optimization', 'gradient clipping', 'gradient noise', 'evolution strategies', 'zeroth-order',
  // Systems that train a model across many accelerators.
  'parameter server', 'pipeline parallelism', 'tensor parallelism', 'fsdp', 'zero redundancy', 'activation checkpointing',
  'gradient accumulation', 'fp8 training',
);
// Pretraining in a title is the recipe's subject for language and multimodal models; of an image, video or 3D
// encoder it names a self-supervised representation method (vision), not how training proceeds.
export const PRETRAINING_TITLE = anyOf('pre-training', 'pretraining');
export const VISUAL_PRETRAINING = ['image', 'images', 'video', 'visual', 'vision', '3d', 'point cloud'];
// Initialising a 3D scene or a SLAM map is not initialising a network.
export const NOT_TRAINING = ['slam', 'gaussian splatting', 'point cloud'];
// Training across clients is federated learning's subject.
export const NOT_CENTRAL_TRAINING = [...NOT_TRAINING, 'federated'];
export const TRAINING_ABSTRACT = anyOf(
  'distributed training', 'data parallelism', 'model parallelism', 'pipeline parallelism', 'tensor parallelism',
  'parallel training', 'unstable optimization', 'exploding gradients', 'gradient explosion', 'adamw', 'muon',
  'loss landscape', 'collective communication', 'layernorm', 'rmsnorm', 'model flops utilization', 'mfu',
  'loss spikes', 'training-inference mismatch',
  'gradient methods',
);

// How training proceeds, in the words of optimisation theory and practice: an abstract that keeps returning to them
// (three times) studies the training process, whatever the model (guidelines: training-dynamics analyses are in).
export const TRAINING_PROCESS = anyOf(
  'gradient descent', 'sgd', 'learning rate', 'step size', 'training dynamics', 'learning dynamics', 'optimization dynamics',
  'neural tangent kernel', 'ntk', 'infinite-width', 'convergence', 'training stability', 'stable training',
  'training efficiency', 'scaling law', 'scaling laws', 'data selection', 'core-set', 'coreset', 'loss landscape',
  'weight decay', 'batch size', 'optimizer', 'optimizers', 'implicit bias', 'training cost',
);

// A scaling paper is about training when it measures how results grow with compute, data or model size.
export const SCALING_TITLE = anyOf('scaling');
export const SCALE_MEASURED = anyOf(
  'compute', 'power law', 'power-law', 'scaling law', 'scaling laws', 'orders of magnitude', 'flops',
);

// Not "continually": an adverb abstracts use in passing ("the model continually refines its plan").
// Not "lifelong" or "self-evolving" alone: titles use them for long-horizon memory and agents that rewrite prompts.
export const CONTINUAL_TITLE = anyOf(
  'continual', 'lifelong learning', 'incremental learning', 'class-incremental', 'catastrophic forgetting',
  'forgetting', 'memory evolution', 'meta-evolution', 'agentic evolution', 'concept drift', 'experiential learning',
  'self-evolving agent', 'self-developing', 'online skill learning', 'test-time adaptation', 'alignment tax',
  'distribution drift', 'distributional drift', 'data drift', 'learns from experience', 'learning from experience',
  'experience replay', 'loss of plasticity',
);
export const CONTINUAL_ABSTRACT = anyOf(
  'continual learning', 'lifelong learning', 'catastrophic forgetting', 'incremental learning', 'continual adaptation',
  'continuous learning', 'continually learns', 'stability-plasticity', 'deployment-time learning',
  'learn from experience', 'concept drift', 'test-time adaptation', 'ewc',
);

// Adapting a deployed model to a shifting input is continual learning by name (guidelines: test-time adaptation).
export const ADAPTATION_AT_TEST_TIME = anyOf('test-time adaptation', 'continual test-time');

// A self-evolving agent or model is continual learning when what evolves is learnt from its own experience.
export const SELF_EVOLVING_TITLE = anyOf('self-evolving', 'self-evolution', 'self-improving');
export const OWN_EXPERIENCE = anyOf('experience', 'experiences', 'trajectories', 'skill library', 'over time', 'accumulated');

// What a continual-learning paper measures itself against; a list of applications has none of it.
export const CONTINUAL_SETTING = anyOf(
  'forgetting', 'previous tasks', 'new tasks', 'sequential tasks', 'task sequence', 'stream', 'streaming',
  'non-stationary', 'drift', 'plasticity', 'retain', 'deployment-time', 'accumulated experience',
);

export const FEDERATED_TITLE = anyOf('federated', 'fedavg', 'decentralized learning', 'gossip learning', 'split learning', 'cross-silo', 'cross-device');
export const FEDERATED_ABSTRACT = anyOf('federated learning', 'decentralized learning');
// Clients that train local models, named twice, are federated whatever the method is called ("a federated approach").
export const FEDERATED_SETTING = anyOf('federated', 'clients', 'local models');

export const SEQUENCE_TITLE = anyOf(
  'state space', 'ssm', 's4', 'mamba', 'rnn', 'lstm', 'recurrent neural', 'linear attention', 'sparse attention',
  'efficient attention', 'hopfield', 'hippo', 'rope', 'positional encoding', 'position embedding',
  'residual stream', 'sequence model', 'sequence modeling', 'positional embedding', 'full attention', 'hybrid attention',
  'time series', 'time-series forecasting', 'fast weight',
  'traffic prediction', 'traffic forecasting', 'temporal reasoning', 'liquid neural', 'teacher forcing',
  'hybrid linear', 'spatial and temporal',
  // Named sequence-mixing architectures and their families.
  'xlstm', 'rwkv', 'retnet', 'hyena', 'deltanet', 'gated delta', 'linear recurrent', 'recurrent transformer', 'gru',
  'length extrapolation', 'temporal convolutional', 'echo state', 'reservoir computing',
);
export const SEQUENCE_ABSTRACT = anyOf(
  'state space model', 'ssm', 'mamba', 'linear attention',
  'softmax attention', 'sliding window attention', 'gated deltanet', 'rwkv', 'rotary position', 'positional encoding',
  'sequence modeling', 'traffic forecasting', 'long-range dependencies', 'modern hopfield',
);
// Recurrent networks are also the baselines applied papers list ("CNN-LSTM", "compared with GRU and LSTM"): named
// three times, they are the subject.
export const RECURRENT_NETWORK = anyOf('recurrent neural network', 'rnn', 'lstm', 'gru');
// A forecasting title is a sequence model's when the abstract forecasts a series.
export const FORECASTING_TITLE = anyOf('forecasting', 'nowcasting', 'forecast');
export const SERIES_FORECAST = anyOf(
  'time series', 'time-series', 'temporal dependencies', 'recurrent', 'lstm', 'gru', 'spatio-temporal', 'spatiotemporal',
  'periodicity',
);


export const HYPERNETWORKS = anyOf(
  'hypernetwork', 'hyper-network', 'hypernet', 'weight generation', 'parameter generation', 'generate the weights',
  'generates the weights', 'generate weights', 'predict the parameters', 'predicting parameters', 'best-response',
  'fast weight programmer',
);

export const SPEECH_AUDIO_TITLE = anyOf(
  'speech', 'audio', 'asr', 'tts', 'text-to-speech', 'speaker', 'voice', 'spoken', 'music', 'musical', 'acoustic',
  'sound event', 'wav2vec', 'whisper', 'phone', 'phonetic', 'phonological', 'accent', 'omni-modal', 'omnimodal',
  'stuttering', 'disfluency', 'disfluencies', 'dysarthric', 'dysarthria',
);
export const SPEECH_AUDIO_ABSTRACT = anyOf('speech', 'audio', 'spoken', 'acoustic', 'phonetic', 'phonological', 'music');
// What is done with speech, audio or music: a second word beside the first group, never one of its words, so that
// "spoken" or "music" named once in passing ("Q: Favorite music?") is not both kinds of evidence.
export const SPEECH_AUDIO_WORK = anyOf(
  'asr', 'tts', 'text-to-speech', 'speech recognition', 'speech generation', 'speech synthesis', 'speaker', 'voice',
  'audio signals', 'audio tokens', 'audio cues', 'audio language', 'omni', 'spoken dialogue', 'spoken language',
  'omni-modal', 'omnimodal', 'phone', 'sound', 'non-speech', 'mos', 'dialects', 'accent', 'speech models',
  'musical', 'melody', 'melodies', 'piano', 'song', 'songs', 'singing', 'instrument', 'instruments', 'midi',
);
// Speech, audio or music that only drives gestures, motion or video is not modelled (guidelines: speech-audio).
export const NOT_SPEECH = anyOf(
  'hate speech', 'part of speech', 'figure of speech', 'phone use', 'smartphone', 'co-speech', 'speech-driven',
  'audio-driven', 'music-driven', 'music-to-dance', 'gesture', 'gestures', 'talking head', 'talking face',
);

// Not "physics" alone: titles use it for the physics priors of robots, 3D scenes and generated video, and for
// "the physics of language models"; a physics paper names its system (fluid dynamics, PDEs, materials, climate).
export const SCIENCE_TITLE = anyOf(
  'biology', 'biological', 'biomedical', 'bioinformatics', 'protein', 'molecule', 'molecular', 'drug', 'chemistry',
  'chemical', 'materials', 'physical systems', 'fluid dynamics', 'pde', 'climate', 'weather', 'medical',
  'medicine', 'clinical', 'patient', 'healthcare', 'disease', 'cancer', 'mri', 'radiology', 'pathology',
  'genomics', 'genome', 'gene', 'single-cell', 'dna', 'rna', 'neuroscience', 'brain', 'neurobiological',
  'connectome', 'fmri', 'meg', 'eeg', 'fracture', 'crystal', 'astronomy', 'astrophysics',
  'cosmology', 'ecology', 'epidemiology', 'seismic', 'earth observation', 'enzyme', 'antibody', 'scientific',
  'dental', 'chaotic', 'chaos', 'hippocampal', 'hippocampus', 'neural operator', 'ct', 'mechanics', 'ai scientist',
  'coastal', 'ocean', 'remote sensing', 'hyperspectral', 'multispectral', 'synthetic aperture radar',
  'surgery', 'endoscopic', 'endoscopy', 'ultrasound', 'echocardiography', 'x-ray', 'tumor', 'lesion', 'histopathology',
  'whole-slide', 'cardiac', 'retinal', 'dermatology', 'polyp', 'chest', 'ecg', 'mental health', 'tooth', 'teeth',
  'neuroimaging', 'animal', 'animals', 'species', 'wildlife', 'biodiversity', 'forestry', 'crop', 'crops',
  'agriculture', 'agricultural', 'precipitation', 'nowcasting', 'rainfall', 'hydrological', 'telescope',
  'astronomical', 'galaxy', 'waveform inversion', 'geophysical', 'peptide',
  // Diseases, organs and instruments of medicine; earth, life and physical sciences by their objects.
  'microscopy', 'tuberculosis', 'retinopathy', 'diabetic', 'glaucoma', 'fundus', 'mammography', 'breast', 'lung',
  'pulmonary', 'alzheimer', 'parkinson', 'autism', 'sepsis', 'covid', 'vascular', 'ehr', 'electronic health records',
  'biosignal', 'biosignals', 'flood', 'glacier', 'glaciers', 'earthquake', 'seismology', 'strong motion', 'wildfire',
  'hydrology', 'land cover', 'sea ice', 'air quality', 'plant', 'plants', 'botany', 'cattle', 'livestock', 'pollen',
  'stellar', 'galaxies', 'exoplanet', 'spectroscopy', 'turbulence', 'turbulent', 'fluid mechanics', 'fluid flow',
  'aerodynamic', 'airfoil', 'navier-stokes', 'catalysis', 'catalytic', 'catalyst', 'retrosynthesis',
  // Quantum physics, not quantum computing used as a learner (a variational quantum network for scheduling).
  'quantum dynamics', 'quantum systems', 'quantum chemistry', 'quantum many-body', 'quantum states',
  'quantum error correction', 'quantum operators', 'eigensolver',
);
// A domain's objects and a domain's name together: one alone is often an example in passing.
export const SCIENCE_OBJECTS = anyOf(
  'protein', 'molecule', 'molecular', 'drug', 'chemical', 'materials science', 'material design', 'pde', 'climatology',
  'weather', 'medical', 'patient', 'disease', 'cancer', 'mri', 'radiology', 'genomic', 'genomics', 'gene',
  'single-cell', 'dna', 'rna', 'fmri', 'meg', 'eeg', 'quantum', 'astrophysics', 'ecology', 'epidemics',
  'epidemiology', 'enzyme', 'antibody', 'scientific discovery', 'dental', 'biochemistry', 'dynamical systems',
  'cellular', 'neuronal', 'tissue', 'diagnosis', 'neural operator', 'pdes', 'satellite',
  'ai scientist', 'hippocampal',
);
export const SCIENCE_FIELDS = anyOf(
  'scientific', 'science', 'biology', 'biomedical', 'medicine', 'clinical', 'chemistry', 'physics',
  'neuroscience', 'climate', 'healthcare', 'biomedicine', 'cells', 'patients', 'scientists', 'physical systems',
  'earth observation', 'environmental', 'geoscience',
);
// A science's own objects and instruments, named again and again: arXiv abstracts of earth observation, medical
// imaging and ecology often say what they work on without naming the field ("remote sensing images", "patients").
export const SCIENCE_DOMAIN = anyOf(
  'remote sensing', 'earth observation', 'hyperspectral', 'multispectral', 'satellite', 'computational pathology',
  'whole slide', 'wsis', 'medical image', 'medical images', 'medical imaging', 'surgery', 'surgical', 'endoscopic',
  'ultrasound', 'mri', 'fmri', 'ct', 'radiology', 'clinical', 'patients', 'patient', 'diagnosis', 'biodiversity',
  'species', 'wildlife', 'ecology', 'ecological', 'precipitation', 'rainfall', 'weather', 'climate', 'astronomy',
  'astronomical', 'protein', 'molecular', 'genomic', 'tissue', 'seismic',
);
// Physics as a property of generated video, not a science; physics priors of a robot or a vehicle are engineering
// (guidelines: ML for engineering operations and controllers is not `science`).
export const NOT_SCIENCE = ['robot', 'robotic', 'robotics', 'manipulator', 'manipulators', 'driving', 'physics-grounded', 'physics-constrained', 'physics-guided', 'physics-aware', 'physically plausible', 'physical plausibility'];
