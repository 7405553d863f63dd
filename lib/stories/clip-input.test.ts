import { describe, expect, it } from "vitest";
import { refusal } from "@/lib/test-support/expectations";
import { readClipUpload } from "./clip-input";

const url = "http://localhost/api/orgs/acme/stories/mr-lindqvist/clip";

function formRequest(fields: Record<string, string | Blob>): Request {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return new Request(url, { method: "PUT", body: form });
}

describe("readClipUpload", () => {
  it("reads the clip's bytes, captions (a file or text) and transcript from a form", async () => {
    const upload = await readClipUpload(
      formRequest({
        clip: new Blob([Uint8Array.of(1, 2, 3)]),
        captions: new Blob(["WEBVTT\n"]),
        transcript: "Hello",
      }),
      1000,
    );
    expect(upload).toEqual({ bytes: Uint8Array.of(1, 2, 3), captions: "WEBVTT\n", transcript: "Hello" });
    expect(await readClipUpload(formRequest({ transcript: "Only words" }), 1000)).toEqual({
      bytes: null,
      captions: null,
      transcript: "Only words",
    });
  });

  it("says how big a clip over the limit is and what the limit is", async () => {
    const error = await refusal(readClipUpload(formRequest({ clip: new Blob([new Uint8Array(2048)]) }), 1024));
    expect([error.status, error.field, error.detail]).toEqual([413, "clip", "The clip is 2 KB; the limit is 1 KB."]);
  });

  it("refuses a declared oversized body before reading any of it", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const request = new Request(url, {
      method: "PUT",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(31 * 1024 * 1024) },
    } as RequestInit);
    const error = await refusal(readClipUpload(request, 25 * 1024 * 1024));
    expect([error.status, error.detail]).toEqual([413, "The clip is 31 MB; the limit is 25 MB."]);
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it("stops reading an undeclared (chunked) body as soon as it passes the limit", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const request = new Request(url, {
      method: "PUT",
      body,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    const error = await refusal(readClipUpload(request, 1024 * 1024));
    expect(error.status).toBe(413);
    // 1 MB clip + 512 KB for the rest of the form: 24 chunks of 64 KB, then one past it — never the endless rest.
    expect(pulled).toBeLessThan(30);
  });

  it("refuses anything but a multipart form, and a clip sent as text", async () => {
    const json = new Request(url, { method: "PUT", body: "{}", headers: { "content-type": "application/json" } });
    expect((await refusal(readClipUpload(json, 1000))).status).toBe(415);
    expect((await refusal(readClipUpload(formRequest({ clip: "not a file" }), 1000))).field).toBe("clip");
  });
});

describe("readClipUpload's texts", () => {
  it("keeps captions and transcripts with the line breaks they were written with", async () => {
    const upload = await readClipUpload(
      formRequest({ captions: "WEBVTT\r\n\r\n00:00.000 --> 00:01.000\r\nHi", transcript: "One\r\nTwo" }),
      1000,
    );
    expect([upload.captions, upload.transcript]).toEqual(["WEBVTT\n\n00:00.000 --> 00:01.000\nHi", "One\nTwo"]);
  });
});
