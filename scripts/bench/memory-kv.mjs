/**
 * The benchmark's Workers KV: a binding over a Map of UTF-8 bytes (and metadata) that counts the
 * keys read (a bulk read per key, as KV bills it) and written. Its contents can be dumped to a
 * file and loaded in another process (see fresh-isolate.mjs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';

/** An empty KV, or one holding what `dump` wrote to `file`. */
export function memoryKv(file) {
  const { values, metadata } = file ? v8.deserialize(readFileSync(file)) : { values: new Map(), metadata: new Map() };
  const counts = { reads: 0, writes: 0 };
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const one = (key, type) => {
    counts.reads++;
    const bytes = values.get(key);
    if (bytes === undefined) return null;
    // A copy, as KV hands out: the reader owns its buffer.
    if (type === 'arrayBuffer') return bytes.slice().buffer;
    // Handed over only when read, as a text read decodes them: a reader that drops the stream (the stamp said enough) pays nothing.
    if (type === 'stream') return new ReadableStream({ pull: (c) => (c.enqueue(bytes), c.close()) }, { highWaterMark: 0 });
    const text = decoder.decode(bytes);
    return type === 'json' ? JSON.parse(text) : text;
  };
  const typeOf = (options) => (typeof options === 'string' ? options : options?.type);
  const binding = {
    async get(key, options) {
      return Array.isArray(key) ? new Map(key.map((k) => [k, one(k, typeOf(options))])) : one(key, typeOf(options));
    },
    async getWithMetadata(key, options) {
      const value = one(key, typeOf(options));
      return { value, metadata: value === null ? null : (metadata.get(key) ?? null) };
    },
    async put(key, value, options) {
      counts.writes++;
      // Text is encoded as a put does; bytes are copied, as a put sends them.
      values.set(key, typeof value === 'string' ? encoder.encode(value) : (ArrayBuffer.isView(value) ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value)).slice());
      if (options?.metadata !== undefined) metadata.set(key, JSON.parse(JSON.stringify(options.metadata)));
      else metadata.delete(key);
    },
    async delete(key) {
      counts.writes++;
      values.delete(key);
      metadata.delete(key);
    },
    async list() {
      return { keys: [...values.keys()].map((name) => ({ name })), list_complete: true };
    },
  };
  return {
    binding,
    counts,
    largest: () => Math.max(...[...values.values()].map((bytes) => bytes.length)),
    /** Writes every value and its metadata to `to`, for `memoryKv(to)` in another process. */
    dump: (to) => writeFileSync(to, v8.serialize({ values, metadata })),
  };
}
