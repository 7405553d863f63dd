/**
 * Where clips' bytes live: put, get (all or one byte range) and delete by an opaque key. Keys are random,
 * made here — never from a file name or anything a request sends — so no key can name a path or another
 * object. Two stores: disk (default) and S3-compatible (when configured).
 */
import { randomBytes } from "node:crypto";
import type { ByteRange } from "./rules/byte-range";

export type MediaStore = {
  /** Stores the bytes under `key` (replacing any there). */
  put(key: string, bytes: Uint8Array, mediaType: string): Promise<void>;
  /** The bytes under `key`, all or one inclusive range; null when nothing is stored there. */
  get(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the bytes under `key`; nothing stored there is not an error. */
  delete(key: string): Promise<void>;
  /** Every key stored, for the sweep of clips no story refers to any more. */
  keys(): AsyncIterable<string>;
};

/** 24 random bytes in base64url: 32 characters of [A-Za-z0-9_-]. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function newMediaKey(): string {
  return randomBytes(24).toString("base64url");
}

/** Defence in depth: a store refuses any key it did not make, whatever reaches it. */
export function assertMediaKey(key: string): void {
  if (!KEY_PATTERN.test(key)) throw new Error("Not a media key.");
}

export function isMediaKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
