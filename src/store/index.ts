export { kvStore, readSnapshotCached, forgetCachedSnapshot, type PaperStore } from './kv-store';
