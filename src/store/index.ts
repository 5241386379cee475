export { kvStore, readSnapshotCached, forgetCachedSnapshot, StoreUnavailableError, type PaperStore } from './kv-store';
