export { kvStore, readIndexCached, forgetCachedIndex, StoreUnavailableError, SLOT_MAX_CHARS, type PaperStore } from './kv-store';
export { type IndexHead, type StoredIndex, type SourceCounts, indexOf, workingIndexOf, HEAD_LATEST } from './index-codec';
export { inFeed } from './cold-newest';
