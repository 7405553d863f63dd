/** Clips on the local disk, one file per key under one folder (MEDIA_DIR). */
import { createReadStream } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertMediaKey, isMediaKey, newMediaKey, type MediaStore } from "./media-store";

export function diskStore(folder: string): MediaStore {
  const root = path.resolve(folder);
  const fileOf = (key: string) => {
    assertMediaKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, bytes) {
      const file = fileOf(key);
      await mkdir(root, { recursive: true });
      // Written aside then renamed: a reader never sees half a clip.
      const partial = path.join(root, `.${newMediaKey()}.partial`);
      await writeFile(partial, bytes, { mode: 0o600 });
      await rename(partial, file);
    },
    async get(key, range) {
      const file = fileOf(key);
      const stream = createReadStream(file, range ? { start: range.start, end: range.end } : {});
      // Opening fails asynchronously: wait for it, so a missing file is null rather than a broken stream.
      const opened = await new Promise<boolean>((resolve, reject) => {
        stream.once("open", () => resolve(true));
        stream.once("error", (error: NodeJS.ErrnoException) =>
          error.code === "ENOENT" ? resolve(false) : reject(error),
        );
      });
      if (!opened) return null;
      return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
    },
    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
    async *keys() {
      let names: string[];
      try {
        names = await readdir(root);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
        throw error;
      }
      for (const name of names) if (isMediaKey(name)) yield name;
    },
  };
}
