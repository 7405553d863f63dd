/**
 * Resolves many references to keys (every influence's behaviour and source) in passes that stay in the
 * processor's cache (issue 15). A Map<string, number> lookup per reference reads a key string somewhere on the
 * heap: at 10× the benchmark's size, a million influences read a million strings scattered over hundreds of
 * megabytes, and that alone grew 37× for 10× the size. Here, as in a radix-partitioned hash join:
 *  - every key and every reference is hashed once, in list order;
 *  - references are grouped by the top bits of their hash, so each group is matched against a hash table of
 *    only its own keys, small enough to stay in cache;
 *  - a match is confirmed by comparing characters with the key's, packed in one array: equal hashes alone
 *    never decide. A reference whose hash two different keys share is resolved the slow, plain way.
 * The answer is exactly what a Map filled in list order would give: the last key listed wins, and a
 * reference naming no key gets -1.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** About this many keys per group keeps a group's table (two numbers per slot, half full) within 32 KB. */
const KEYS_PER_GROUP = 2048;
const EMPTY = -1;
/** A slot whose hash two different keys share: its references are resolved the plain way. */
const SHARED = -2;

/** The hash of `prefix + text` (exported so tests can find two keys that share one). */
export function hashOf(prefix: string, text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < prefix.length; i++) hash = Math.imul(hash ^ prefix.charCodeAt(i), FNV_PRIME);
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  // MurmurHash3's finaliser: keys such as "b1234" and "b1235" differ only in their last character.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) | 0;
}

/** Keys' characters packed end to end: key k is chars[starts[k] … starts[k + 1]). */
type PackedKeys = { chars: Uint16Array; starts: Int32Array };

function packKeys(count: number, keyAt: (k: number) => string, prefixAt: (k: number) => string): PackedKeys {
  const starts = new Int32Array(count + 1);
  let length = 0;
  for (let k = 0; k < count; k++) starts[k + 1] = length += prefixAt(k).length + keyAt(k).length;
  const chars = new Uint16Array(length);
  for (let k = 0, at = 0; k < count; k++) {
    const prefix = prefixAt(k);
    const key = keyAt(k);
    for (let i = 0; i < prefix.length; i++) chars[at++] = prefix.charCodeAt(i);
    for (let i = 0; i < key.length; i++) chars[at++] = key.charCodeAt(i);
  }
  return { chars, starts };
}

function sameKey({ chars, starts }: PackedKeys, k: number, j: number): boolean {
  const length = starts[k + 1]! - starts[k]!;
  if (starts[j + 1]! - starts[j]! !== length) return false;
  for (let i = 0; i < length; i++) if (chars[starts[k]! + i] !== chars[starts[j]! + i]) return false;
  return true;
}

function keyIs({ chars, starts }: PackedKeys, k: number, text: string): boolean {
  const start = starts[k]!;
  if (starts[k + 1]! - start !== text.length) return false;
  for (let i = 0; i < text.length; i++) if (chars[start + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** Items grouped by the top `bits` of their hash, keeping list order within a group (a counting sort). */
function groupByHash(hashes: Int32Array, bits: number) {
  const groups = 1 << bits;
  // Two shifts, since JavaScript takes a shift by 32 as a shift by 0.
  const shift = 31 - bits;
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < hashes.length; i++) start[((hashes[i]! >>> 1) >>> shift) + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const items = new Int32Array(hashes.length);
  const itemHashes = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    const at = fill[(hashes[i]! >>> 1) >>> shift]!++;
    items[at] = i;
    itemHashes[at] = hashes[i]!;
  }
  return { start, items, itemHashes };
}

export type KeyList = {
  count: number;
  keyAt: (k: number) => string;
  /** Put before the key, as "kpi:" before a KPI's key when influences name sources as "kpi:<key>". */
  prefixAt?: (k: number) => string;
};

/** For each reference, the position of the key it names (the last listed with that key), or -1. */
export function resolveKeys(keys: KeyList, referenceCount: number, referenceAt: (i: number) => string): Int32Array {
  const prefixAt = keys.prefixAt ?? (() => "");
  const packed = packKeys(keys.count, keys.keyAt, prefixAt);
  const keyHashes = new Int32Array(keys.count);
  for (let k = 0; k < keys.count; k++) keyHashes[k] = hashOf(prefixAt(k), keys.keyAt(k));
  const referenceHashes = new Int32Array(referenceCount);
  for (let i = 0; i < referenceCount; i++) referenceHashes[i] = hashOf("", referenceAt(i));

  let bits = 0;
  while (bits < 16 && keys.count >> bits > KEYS_PER_GROUP) bits++;
  const keyGroups = groupByHash(keyHashes, bits);
  const referenceGroups = groupByHash(referenceHashes, bits);

  let largest = 0;
  for (let g = 0; g < 1 << bits; g++) largest = Math.max(largest, keyGroups.start[g + 1]! - keyGroups.start[g]!);
  let capacity = 16;
  while (capacity < largest * 2) capacity *= 2;
  const slots = new Int32Array(capacity * 2);

  const found = new Int32Array(referenceCount).fill(-1);
  for (let g = 0; g < 1 << bits; g++) {
    const firstKey = keyGroups.start[g]!;
    const endKey = keyGroups.start[g + 1]!;
    const firstReference = referenceGroups.start[g]!;
    const endReference = referenceGroups.start[g + 1]!;
    if (firstReference === endReference || firstKey === endKey) continue;
    let size = 16;
    while (size < (endKey - firstKey) * 2) size *= 2;
    const mask = size - 1;
    slots.fill(EMPTY, 0, size * 2);
    for (let at = firstKey; at < endKey; at++) {
      const k = keyGroups.items[at]!;
      const hash = keyGroups.itemHashes[at]!;
      let slot = hash & mask;
      for (; slots[slot * 2] !== EMPTY; slot = (slot + 1) & mask) if (slots[slot * 2 + 1] === hash) break;
      const held = slots[slot * 2]!;
      if (held === EMPTY) {
        slots[slot * 2] = k;
        slots[slot * 2 + 1] = hash;
      } else if (held !== SHARED) {
        // Keys come in list order, so a key listed again replaces the earlier one; a different key with the same hash makes the slot ambiguous.
        slots[slot * 2] = sameKey(packed, held, k) ? k : SHARED;
      }
    }
    for (let at = firstReference; at < endReference; at++) {
      const hash = referenceGroups.itemHashes[at]!;
      for (let slot = hash & mask; slots[slot * 2] !== EMPTY; slot = (slot + 1) & mask) {
        if (slots[slot * 2 + 1] !== hash) continue;
        const k = slots[slot * 2]!;
        found[referenceGroups.items[at]!] = k;
        break;
      }
    }
  }

  // Confirm each match by its characters, in list order; resolve ambiguous hashes the plain way.
  let plain: Map<string, number> | undefined;
  for (let i = 0; i < referenceCount; i++) {
    const k = found[i]!;
    if (k === -1) continue;
    const reference = referenceAt(i);
    if (k === SHARED) {
      if (!plain) {
        plain = new Map();
        for (let j = 0; j < keys.count; j++) plain.set(prefixAt(j) + keys.keyAt(j), j);
      }
      found[i] = plain.get(reference) ?? -1;
    } else if (!keyIs(packed, k, reference)) found[i] = -1;
  }
  return found;
}
