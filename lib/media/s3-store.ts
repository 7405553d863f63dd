/**
 * Clips in an S3-compatible store (AWS S3, MinIO, Cloudflare R2, …), addressed path-style
 * (`<endpoint>/<bucket>/<key>`), which every compatible server accepts. Requests are signed with
 * aws4fetch (SigV4 over fetch, no dependencies) rather than the AWS SDK, which is tens of megabytes.
 */
import { AwsClient } from "aws4fetch";
import { assertMediaKey, isMediaKey, type MediaStore } from "./media-store";

export type S3Settings = {
  bucket: string;
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
};

export class MediaStoreError extends Error {
  constructor(operation: string, status: number) {
    super(`The media store refused ${operation} (HTTP ${status}).`);
    this.name = "MediaStoreError";
  }
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name]!);

export function s3Store(settings: S3Settings): MediaStore {
  const client = new AwsClient({
    accessKeyId: settings.accessKeyId,
    secretAccessKey: settings.secretAccessKey,
    region: settings.region,
    service: "s3",
    retries: 2,
  });
  const bucketUrl = `${settings.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(settings.bucket)}`;
  const urlOf = (key: string) => {
    assertMediaKey(key);
    return `${bucketUrl}/${key}`;
  };
  return {
    async put(key, bytes, mediaType) {
      const response = await client.fetch(urlOf(key), {
        method: "PUT",
        body: bytes as Uint8Array<ArrayBuffer>,
        headers: { "content-type": mediaType, "content-length": String(bytes.byteLength) },
      });
      await response.body?.cancel();
      if (!response.ok) throw new MediaStoreError("a clip", response.status);
    },
    async get(key, range) {
      const headers: Record<string, string> = range ? { range: `bytes=${range.start}-${range.end}` } : {};
      const response = await client.fetch(urlOf(key), { headers });
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok || !response.body) throw new MediaStoreError("reading a clip", response.status);
      return response.body;
    },
    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: "DELETE" });
      await response.body?.cancel();
      if (!response.ok && response.status !== 404) throw new MediaStoreError("removing a clip", response.status);
    },
    async *keys() {
      let token: string | undefined;
      do {
        const query = new URLSearchParams({ "list-type": "2", ...(token ? { "continuation-token": token } : {}) });
        const response = await client.fetch(`${bucketUrl}?${query}`);
        const xml = await response.text();
        if (!response.ok) throw new MediaStoreError("listing clips", response.status);
        // Our keys are plain [A-Za-z0-9_-]: no XML entities to decode in them.
        for (const [, key] of xml.matchAll(/<Key>([^<]*)<\/Key>/g)) if (key && isMediaKey(key)) yield key;
        const truncated = /<IsTruncated>true<\/IsTruncated>/.test(xml);
        const next = truncated ? /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml)?.[1] : undefined;
        token = next === undefined ? undefined : unescapeXml(next);
      } while (token);
    },
  };
}
