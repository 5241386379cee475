/**
 * A KV namespace held in a map, for priming (`prime.ts`): the reads and writes the store makes,
 * each answered at once, values kept as UTF-8 bytes as KV keeps them.
 */
type ValueType = 'text' | 'json' | 'arrayBuffer' | 'stream';

const utf8 = new TextEncoder();
const text = new TextDecoder();

/** A namespace over `values`; several namespaces over one map see the same values. */
export function memoryNamespace(values: Map<string, Uint8Array>): KVNamespace {
  const metadata = new Map<string, unknown>();
  const read = (key: string, type: ValueType): unknown => {
    const bytes = values.get(key);
    if (bytes === undefined) return null;
    switch (type) {
      case 'arrayBuffer':
        return bytes.slice().buffer;
      case 'stream':
        return new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes.slice());
            controller.close();
          },
        });
      case 'json':
        return JSON.parse(text.decode(bytes)) as unknown;
      default:
        return text.decode(bytes);
    }
  };
  const typeOf = (options: unknown): ValueType =>
    (typeof options === 'string' ? options : ((options as { type?: ValueType } | undefined)?.type ?? 'text')) as ValueType;
  const namespace = {
    async get(key: string | string[], options?: unknown) {
      const type = typeOf(options);
      return Array.isArray(key) ? new Map(key.map((one) => [one, read(one, type)])) : read(key, type);
    },
    async getWithMetadata(key: string, options?: unknown) {
      const value = read(key, typeOf(options));
      return { value, metadata: value === null ? null : (metadata.get(key) ?? null), cacheStatus: null };
    },
    async put(key: string, value: string | ArrayBuffer | ArrayBufferView, options?: { metadata?: unknown }) {
      const bytes = typeof value === 'string' ? utf8.encode(value) : ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice() : new Uint8Array(value).slice();
      values.set(key, bytes);
      if (options?.metadata === undefined) metadata.delete(key);
      else metadata.set(key, options.metadata);
    },
    async delete(key: string) {
      values.delete(key);
      metadata.delete(key);
    },
    async list() {
      return { keys: [...values.keys()].map((name) => ({ name })), list_complete: true, cacheStatus: null };
    },
  };
  return namespace as unknown as KVNamespace;
}
