/**
 * Both stores, the same behaviour: the disk store in a temporary folder, the S3 store against a real
 * S3-compatible server (s3rver) this test starts in-process.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diskStore } from "./disk-store";
import { newMediaKey, type MediaStore } from "./media-store";
import { s3Store } from "./s3-store";

async function readAll(stream: ReadableStream<Uint8Array> | null): Promise<number[] | null> {
  if (!stream) return null;
  return [...new Uint8Array(await new Response(stream).arrayBuffer())];
}

const folders: string[] = [];
async function tempFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "throughline-media-"));
  folders.push(folder);
  return folder;
}

let s3server: S3rver;
let s3endpoint = "";

beforeAll(async () => {
  s3server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    directory: await tempFolder(),
    silent: true,
    configureBuckets: [{ name: "clips", configs: [] }],
  });
  const { port } = (await s3server.run()) as { port: number };
  s3endpoint = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await s3server?.close();
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

const stores: [string, () => Promise<MediaStore>][] = [
  ["disk", async () => diskStore(await tempFolder())],
  [
    "S3-compatible",
    async () =>
      s3Store({
        bucket: "clips",
        endpoint: s3endpoint,
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        region: "us-east-1",
      }),
  ],
];

describe.each(stores)("the %s media store", (_name, makeStore) => {
  it("keeps, reads whole and by byte range, lists and removes a clip", async () => {
    const store = await makeStore();
    const key = newMediaKey();
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    await store.put(key, bytes, "audio/wav");
    expect(await readAll(await store.get(key))).toEqual([...bytes]);
    expect(await readAll(await store.get(key, { start: 10, end: 14 }))).toEqual([10, 11, 12, 13, 14]);
    expect(await readAll(await store.get(key, { start: 999, end: 999 }))).toEqual([999 % 251]);
    const keys: string[] = [];
    for await (const k of store.keys()) keys.push(k);
    expect(keys).toContain(key);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await store.delete(key); // removing twice is not an error
  });

  it("replaces a clip under the same key", async () => {
    const store = await makeStore();
    const key = newMediaKey();
    await store.put(key, Uint8Array.of(1, 2, 3), "audio/wav");
    await store.put(key, Uint8Array.of(9), "audio/wav");
    expect(await readAll(await store.get(key))).toEqual([9]);
  });

  it("refuses any key it did not make: no path traversal, no other object", async () => {
    const store = await makeStore();
    for (const key of ["../../etc/passwd", "..", "a/b", "%2e%2e%2fsecret", "", "x".repeat(33), "short"]) {
      await expect(store.get(key)).rejects.toThrow("Not a media key.");
      await expect(store.put(key, Uint8Array.of(1), "audio/wav")).rejects.toThrow("Not a media key.");
      await expect(store.delete(key)).rejects.toThrow("Not a media key.");
    }
  });

  it("answers null for a key with nothing stored", async () => {
    const store = await makeStore();
    expect(await store.get(newMediaKey())).toBeNull();
  });
});

describe("the disk media store", () => {
  it("writes only files named by random keys inside its own folder", async () => {
    const folder = await tempFolder();
    const store = diskStore(folder);
    const key = newMediaKey();
    await store.put(key, Uint8Array.of(1), "audio/wav");
    expect(await readdir(folder)).toEqual([key]);
  });
});

describe("the S3 media store", () => {
  it("fails loudly when the store refuses, instead of losing the clip quietly", async () => {
    const store = s3Store({
      bucket: "no-such-bucket",
      endpoint: s3endpoint,
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      region: "us-east-1",
    });
    await expect(store.put(newMediaKey(), Uint8Array.of(1), "audio/wav")).rejects.toThrow(
      /refused a clip \(HTTP 404\)/,
    );
  });
});
