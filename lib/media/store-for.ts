/** The media store settings choose: S3-compatible when all the S3_* settings are there, else disk. */
import type { Env } from "@/lib/config/env";
import { diskStore } from "./disk-store";
import type { MediaStore } from "./media-store";
import { s3Store } from "./s3-store";

type MediaSettings = Pick<
  Env,
  "MEDIA_DIR" | "S3_BUCKET" | "S3_ENDPOINT" | "S3_ACCESS_KEY_ID" | "S3_SECRET_ACCESS_KEY" | "S3_REGION"
>;

export function storeFor(env: MediaSettings): MediaStore {
  return env.S3_BUCKET && env.S3_ENDPOINT && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY && env.S3_REGION
    ? s3Store({
        bucket: env.S3_BUCKET,
        endpoint: env.S3_ENDPOINT,
        accessKeyId: env.S3_ACCESS_KEY_ID,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        region: env.S3_REGION,
      })
    : diskStore(env.MEDIA_DIR);
}
