/** The media store the settings choose: S3-compatible when S3_BUCKET and its fellows are set, else disk. */
import "server-only";
import { env } from "@/lib/config/server-env";
import { diskStore } from "./disk-store";
import type { MediaStore } from "./media-store";
import { s3Store } from "./s3-store";

let store: MediaStore | undefined;

export function mediaStore(): MediaStore {
  store ??=
    env.S3_BUCKET && env.S3_ENDPOINT && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY && env.S3_REGION
      ? s3Store({
          bucket: env.S3_BUCKET,
          endpoint: env.S3_ENDPOINT,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          region: env.S3_REGION,
        })
      : diskStore(env.MEDIA_DIR);
  return store;
}

export const mediaMaxBytes = (): number => env.MEDIA_MAX_BYTES;
