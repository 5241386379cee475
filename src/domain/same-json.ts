/**
 * Telling cheaply that two values would be written as the same JSON, so that work done on one
 * (its hash, what it normalized to) can be reused for the other.
 */

/**
 * Whether `a` and `b` have the same JSON text for certain: the same values, or arrays and plain
 * objects of such values, keys in the same order. Anything else (a class instance, a `toJSON`, a
 * key only one of them has, even with an `undefined` that JSON leaves out) counts as different,
 * which only costs the work the caller hoped to reuse.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (!isPlain(a) || !isPlain(b)) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== others[i]) return false;
    if (!sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !('toJSON' in value);
}
