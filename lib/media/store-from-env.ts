/** The app's media store and clip limit, from the validated settings. */
import "server-only";
import { env } from "@/lib/config/server-env";
import type { MediaStore } from "./media-store";
import { storeFor } from "./store-for";

let store: MediaStore | undefined;

export function mediaStore(): MediaStore {
  store ??= storeFor(env);
  return store;
}

export const mediaMaxBytes = (): number => env.MEDIA_MAX_BYTES;
