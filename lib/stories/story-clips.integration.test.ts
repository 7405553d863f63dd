/**
 * Clips on stories against a real database (PGlite and PostgreSQL) and a real disk store — and the ways
 * they could be abused: a file that only pretends to be audio, a viewer or another organisation, a path in
 * an id, a range past the end.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { captionsResponse, clipResponse } from "@/lib/media/clip-response";
import { diskStore } from "@/lib/media/disk-store";
import type { MediaStore } from "@/lib/media/media-store";
import { toneWav } from "@/lib/media/rules/tone-wav";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { attachStoryClip } from "./attach-story-clip";
import type { ClipUpload } from "./clip-input";
import { createStory } from "./create-story";
import { deleteStory } from "./delete-story";
import { listStories } from "./list-stories";
import { readStoryClip } from "./read-story-clip";
import { removeStoryClip } from "./remove-story-clip";
import { storyInput } from "./input";
import { clipSweeper } from "./sweep-unused-clips";
import { newMediaKey } from "@/lib/media/media-store";

const CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:02.000\nThey never called me back.\n";
const text = (s: string) => new TextEncoder().encode(s);
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describeOnEachDatabase("customer clips on stories", (use) => {
  let owner: OrgAccess;
  let head: OrgAccess;
  let viewer: OrgAccess;
  let outsider: OrgAccess;
  let store: MediaStore;
  let folder: string;
  let storyKey: string;

  const stored = async () => (await readdir(folder).catch(() => [])).filter((name) => !name.startsWith("."));
  const upload = (changes: Partial<ClipUpload> = {}): ClipUpload => ({
    bytes: toneWav(2),
    captions: CAPTIONS,
    transcript: null,
    ...changes,
  });

  beforeEach(async () => {
    const { db } = use();
    folder = await mkdtemp(path.join(os.tmpdir(), "throughline-clips-"));
    folders.push(folder);
    store = diskStore(folder);
    owner = await makeOwnedOrganisation(db, "Clip Co");
    const claims = await db.department.create({
      data: { organisationId: owner.organisation.id, key: "claims", name: "Claims" },
    });
    const headUser = await makeUser(db, "Head");
    await joinOrganisation(owner, headUser, "department_head", [claims.id]);
    head = await resolveOrgAccess(db, headUser, owner.organisation.slug, "organisation:read");
    const viewerUser = await makeUser(db, "Viewer");
    await joinOrganisation(owner, viewerUser, "viewer", []);
    viewer = await resolveOrgAccess(db, viewerUser, owner.organisation.slug, "organisation:read");
    outsider = await makeOwnedOrganisation(db, "Other Co");
    const input = storyInput.parse({
      customer: "Mr Lindqvist",
      narrative: "I rang four times and nobody called me back.",
      sentiment: "negative",
      source: "interview",
    });
    storyKey = (await createStory(owner, input)).key;
  });

  it("attaches a clip with captions; members see and play it, whole and by byte range", async () => {
    const clip = await attachStoryClip(owner, storyKey, upload({ transcript: "They never called me back." }), store);
    expect(clip).toMatchObject({ mediaType: "audio/wav", kind: "audio", durationSeconds: 2, byteSize: 32044 });
    expect(clip.url).toBe(`/api/orgs/${owner.organisation.slug}/stories/${storyKey}/clip/${clip.id}`);
    expect(clip.captionsUrl).toBe(`${clip.url}/captions`);
    expect((await listStories(viewer))[0]!.clip).toEqual(clip);
    expect(await stored()).toHaveLength(1);

    const found = await readStoryClip(viewer, storyKey, clip.id);
    const whole = await clipResponse(new Request("http://x/"), found, store);
    expect(whole.status).toBe(200);
    expect(Object.fromEntries(whole.headers)).toMatchObject({
      "content-type": "audio/wav",
      "content-length": "32044",
      "accept-ranges": "bytes",
      "x-content-type-options": "nosniff",
      "content-disposition": "inline",
      "cache-control": "private, no-store",
    });
    expect(new Uint8Array(await whole.arrayBuffer())).toEqual(toneWav(2));

    const part = await clipResponse(new Request("http://x/", { headers: { range: "bytes=0-3" } }), found, store);
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe("bytes 0-3/32044");
    expect(new TextDecoder().decode(await part.arrayBuffer())).toBe("RIFF");

    const past = await clipResponse(new Request("http://x/", { headers: { range: "bytes=32044-" } }), found, store);
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe("bytes */32044");

    const captions = captionsResponse(found.captions);
    expect(captions.headers.get("content-type")).toBe("text/vtt; charset=utf-8");
    expect(await captions.text()).toBe(CAPTIONS);
  });

  it("refuses a page, an SVG or a PDF renamed to .mp3 by what it is, and keeps nothing of it", async () => {
    const page = text("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");
    const svg = text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
    const pdf = text("%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");
    for (const [bytes, what] of [
      [page, "a web page (HTML)"],
      [svg, "an SVG image"],
      [pdf, "a PDF"],
    ] as const) {
      const error = await refusal(attachStoryClip(owner, storyKey, upload({ bytes }), store));
      expect([error.status, error.field]).toEqual([400, "clip"]);
      expect(error.detail).toMatch(
        new RegExp(`^This file is ${what.replace(/[()]/g, "\\$&")}, not an audio or video clip`),
      );
    }
    expect(await stored()).toEqual([]);
    expect((await listStories(owner))[0]!.clip).toBeNull();
  });

  it("requires captions or a transcript, and checks both", async () => {
    const none = await refusal(attachStoryClip(owner, storyKey, upload({ captions: null, transcript: "  " }), store));
    expect([none.status, none.field]).toEqual([400, "captions"]);
    const srt = await refusal(attachStoryClip(owner, storyKey, upload({ captions: "1\n00:00:00,000 --> x" }), store));
    expect(srt.detail).toMatch(/not WebVTT/);
    const long = await refusal(
      attachStoryClip(owner, storyKey, upload({ captions: null, transcript: "a".repeat(10_001) }), store),
    );
    expect([long.field, long.detail]).toEqual([
      "transcript",
      "The transcript is 10,001 characters; the limit is 10,000.",
    ]);
    // A transcript alone is enough.
    expect(
      (await attachStoryClip(owner, storyKey, upload({ captions: null, transcript: "Hello" }), store)).captionsUrl,
    ).toBeNull();
    expect(await stored()).toHaveLength(1);
  });

  it("replaces a clip (the old one's bytes go, its address stops working) and edits only its texts", async () => {
    const first = await attachStoryClip(owner, storyKey, upload(), store);
    const second = await attachStoryClip(owner, storyKey, upload({ bytes: toneWav(1) }), store);
    expect(second.id).not.toBe(first.id);
    expect(await stored()).toHaveLength(1);
    expect((await refusal(readStoryClip(owner, storyKey, first.id))).status).toBe(404);
    const texts = await attachStoryClip(owner, storyKey, upload({ bytes: null, transcript: "Now with words" }), store);
    expect([texts.id, texts.transcript]).toEqual([second.id, "Now with words"]);
    // Texts not sent are kept; a blank one is cleared — but never both gone.
    const third = await attachStoryClip(owner, storyKey, upload({ captions: null, transcript: null }), store);
    expect([third.captionsUrl !== null, third.transcript]).toEqual([true, "Now with words"]);
    const noCaptions = await attachStoryClip(owner, storyKey, upload({ bytes: null, captions: "" }), store);
    expect([noCaptions.captionsUrl, noCaptions.transcript]).toEqual([null, "Now with words"]);
    const bare = await refusal(
      attachStoryClip(owner, storyKey, upload({ bytes: null, captions: "", transcript: "" }), store),
    );
    expect(bare.field).toBe("captions");
  });

  it("removes a clip, and a removed story takes its clip's bytes with it", async () => {
    await attachStoryClip(owner, storyKey, upload(), store);
    await removeStoryClip(owner, storyKey, store);
    expect(await stored()).toEqual([]);
    expect((await refusal(removeStoryClip(owner, storyKey, store))).status).toBe(404);
    await attachStoryClip(owner, storyKey, upload(), store);
    await deleteStory(owner, storyKey, store);
    expect(await stored()).toEqual([]);
  });

  it("lets only members who write stories attach or remove: a viewer is refused (403)", async () => {
    expect((await refusal(attachStoryClip(viewer, storyKey, upload(), store))).status).toBe(403);
    await attachStoryClip(owner, storyKey, upload(), store);
    expect((await refusal(removeStoryClip(viewer, storyKey, store))).status).toBe(403);
    // Story writes are not department-scoped (update-story.ts): a department head may attach to any story.
    expect((await attachStoryClip(head, storyKey, upload(), store)).kind).toBe("audio");
  });

  it("hides a clip from another organisation, and finds nothing for a path or a malformed id", async () => {
    const clip = await attachStoryClip(owner, storyKey, upload(), store);
    expect((await refusal(readStoryClip(outsider, storyKey, clip.id))).status).toBe(404);
    expect((await refusal(attachStoryClip(outsider, storyKey, upload(), store))).status).toBe(404);
    expect((await refusal(removeStoryClip(outsider, storyKey, store))).status).toBe(404);
    for (const id of ["../../../etc/passwd", "..%2F..%2Fsecret", clip.id + "/..", "", "A".repeat(200)])
      expect((await refusal(readStoryClip(viewer, storyKey, id))).status).toBe(404);
    expect((await refusal(readStoryClip(viewer, "../" + storyKey, clip.id))).status).toBe(404);
    expect((await refusal(attachStoryClip(owner, "../../etc", upload(), store))).status).toBe(404);
    expect(await stored()).toHaveLength(1);
  });

  it("sweeps the files of clips whose stories went another way, never a clip still in use or just stored", async () => {
    const { db } = use();
    await attachStoryClip(owner, storyKey, upload(), store);
    const other = await createStory(
      owner,
      storyInput.parse({
        customer: "Ms Berg",
        narrative: "Nobody answered the phone.",
        sentiment: "negative",
        source: "complaint",
      }),
    );
    await attachStoryClip(owner, other.key, upload(), store);
    // A model import replaces the stories in the database; their clips' rows go by cascade, the file stays.
    await db.story.delete({ where: { organisationId_key: { organisationId: owner.organisation.id, key: other.key } } });
    // An upload between storing its bytes and committing its row.
    const uploading = newMediaKey();
    await store.put(uploading, toneWav(0.1), "audio/wav");
    expect(await stored()).toHaveLength(3);

    const sweeper = clipSweeper({ graceMs: 60_000 });
    expect(await sweeper.sweep(db, store, 0)).toEqual([]);
    // The upload commits its row before the next sweep.
    await db.storyClip.update({
      where: {
        storyId: (await db.story.findFirstOrThrow({ where: { organisationId: owner.organisation.id, key: storyKey } }))
          .id,
      },
      data: { storageKey: uploading },
    });
    // The replaced story's file goes; the first story's old file has only just fallen out of use: it waits.
    expect(await sweeper.sweep(db, store, 60_000)).toHaveLength(1);
    expect(await stored()).toHaveLength(2);
    expect(await sweeper.sweep(db, store, 120_000)).toHaveLength(1);
    expect(await stored()).toEqual([uploading]);
  });
});
