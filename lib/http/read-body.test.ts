import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readBodyBytes, readBodyText } from "./read-body";

async function refusalOf(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof AppError) return error;
  throw new Error(`expected a refusal, got ${String(error)}`);
}

/** A body that arrives in chunks, with no Content-Length, and says how much of it was pulled. */
function chunked(url: string, chunks: number, chunkSize: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkSize).fill(97));
    },
  });
  const request = new Request(url, { method: "POST", body, duplex: "half" } as RequestInit);
  return { request, pulled: () => pulled };
}

describe("the capped body reader", () => {
  it("refuses a declared Content-Length over the address's limit without reading", async () => {
    const request = new Request("http://app.test/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-length": String(200 * 1024 * 1024) },
      body: "x",
    });
    expect(await refusalOf(readBodyBytes(request))).toMatchObject({
      status: 413,
      detail: expect.stringContaining("16 KB"),
    });
  });

  it("stops reading a chunked body as soon as it passes the limit", async () => {
    const { request, pulled } = chunked("http://app.test/api/survey/t/answers", 10_000, 16 * 1024);
    expect(await refusalOf(readBodyBytes(request))).toMatchObject({ status: 413 });
    expect(pulled()).toBeLessThan(10);
  });

  it("reads a body within the limit, or an explicit lower one", async () => {
    expect((await readBodyBytes(chunked("http://app.test/api/orgs/a/stories", 4, 1024).request)).byteLength).toBe(4096);
    expect(
      await refusalOf(readBodyBytes(chunked("http://app.test/api/orgs/a/stories", 4, 1024).request, 3000)),
    ).toMatchObject({ status: 413 });
  });

  it("refuses text that is not UTF-8 or holds NUL characters", async () => {
    const post = (body: BodyInit) => new Request("http://app.test/api/orgs/a/model/csv", { method: "POST", body });
    expect(await readBodyText(post("key,name\nsales,Sales"))).toBe("key,name\nsales,Sales");
    expect(await refusalOf(readBodyText(post(new Uint8Array([0x6b, 0xff, 0xfe]))))).toMatchObject({ status: 400 });
    expect((await refusalOf(readBodyText(post("key,name\nsa\u0000les,Sales")))).detail).toMatch(
      /NUL character \(line 2\)/,
    );
  });
});
