import { expect, test, type Page } from "@playwright/test";
import { toneWav } from "../lib/media/rules/tone-wav";
import { demo, expectNoSeriousAxeViolations, formError, ORG_A, signIn } from "./helpers";

const CAPTIONS = "WEBVTT\n\n00:00.000 --> 00:01.500\nThree people read me my policy number.\n";

/** The clip's address on a story card, once the player is there. */
async function clipUrlOf(card: ReturnType<Page["locator"]>): Promise<string> {
  const source = card.getByTestId("story-clip").locator("source");
  await expect(source).toHaveCount(1);
  return (await source.getAttribute("src"))!;
}

async function shoot(page: Page, name: string) {
  for (const width of [390, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.shots/${name}-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
}

test("a clip is attached through the editor, refused when it is not audio, and plays with captions in the room", async ({
  page,
}) => {
  test.setTimeout(300_000);
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/stories`);
  // A story told now, at a stage where the demo already has stories and a voice: the newest leads its column.
  const customer = `Mrs Okafor ${Date.now().toString(36)}`;
  const form = page.getByRole("form", { name: "Add a story" });
  await form.getByLabel("Customer").fill(customer);
  await form
    .getByLabel("What happened, in their words")
    .fill("Three people read me my policy number, and none of them could tell me where my claim was.");
  await form.getByLabel("Stage").selectOption({ label: "Get help and claim" });
  await form.getByRole("button", { name: "Add story" }).click();
  const entry = page.getByRole("region", { name: `Story of ${customer}` });
  await entry.getByRole("button", { name: "Edit" }).click();
  const editor = entry.getByTestId("clip-editor");
  await expect(editor.getByRole("heading", { name: "The customer's own voice" })).toBeVisible();

  // A page renamed to .mp3: refused by its content, with what it is.
  await editor
    .getByLabel("Transcript (what the customer says, word for word)")
    .fill("Three people read me my policy number.");
  await editor.getByLabel("Audio or video clip").setInputFiles({
    name: "interview.mp3",
    mimeType: "audio/mpeg",
    buffer: Buffer.from("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
  });
  await editor.getByRole("button", { name: "Attach clip" }).click();
  await expect(formError(page)).toContainText("This file is a web page (HTML), not an audio or video clip");
  await expect(editor.getByLabel("Audio or video clip")).toHaveAttribute("aria-invalid", "true");

  // Too large: said at once, with both sizes.
  await editor.getByLabel("Audio or video clip").setInputFiles({
    name: "long.wav",
    mimeType: "audio/wav",
    buffer: Buffer.alloc(26 * 1024 * 1024),
  });
  await editor.getByRole("button", { name: "Attach clip" }).click();
  await expect(formError(page)).toHaveText("The clip is 26 MB; the limit is 25 MB.");

  // A real clip with captions.
  await editor.getByLabel("Audio or video clip").setInputFiles({
    name: "okafor.wav",
    mimeType: "audio/wav",
    buffer: Buffer.from(toneWav(1.5)),
  });
  await editor
    .getByLabel(/^Captions/)
    .setInputFiles({ name: "okafor.vtt", mimeType: "text/vtt", buffer: Buffer.from(CAPTIONS) });
  await editor.getByRole("button", { name: "Attach clip" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Clip attached." })).toBeVisible();

  const card = entry.getByTestId("story");
  await expect(card.locator("video track[kind=captions][default]")).toHaveCount(1);
  await expect(card.locator("video")).toHaveAttribute("preload", "none");
  await expect(card.getByText("Transcript", { exact: true })).toBeVisible();
  const url = await clipUrlOf(card);

  // The clip and its captions as the browser fetches them.
  const whole = await page.request.get(url);
  expect(whole.status()).toBe(200);
  expect(whole.headers()).toMatchObject({
    "content-type": "audio/wav",
    "x-content-type-options": "nosniff",
    "content-disposition": "inline",
    "accept-ranges": "bytes",
  });
  expect(whole.headers()["cache-control"]).toContain("private");
  const part = await page.request.get(url, { headers: { range: "bytes=0-3" } });
  expect([part.status(), part.headers()["content-range"], await part.text()]).toEqual([206, "bytes 0-3/24044", "RIFF"]);
  expect((await page.request.get(url, { headers: { range: "bytes=99999999-" } })).status()).toBe(416);
  const captions = await page.request.get(`${url}/captions`);
  expect(captions.headers()["content-type"]).toBe("text/vtt; charset=utf-8");
  expect(await captions.text()).toBe(CAPTIONS);
  expect((await page.request.get(url.replace(/[^/]+$/, "..%2F..%2F..%2Fetc%2Fpasswd"))).status()).toBe(404);

  // The player really loads the captions and plays the clip (the browser fetches it by range).
  const video = card.locator("video");
  await video.evaluate((el: HTMLVideoElement) => {
    el.muted = true;
    return el.play();
  });
  await expect.poll(() => video.evaluate((el: HTMLVideoElement) => el.textTracks[0]?.cues?.length ?? 0)).toBe(1);
  await expect.poll(() => video.evaluate((el: HTMLVideoElement) => el.currentTime)).toBeGreaterThan(0);

  await expectNoSeriousAxeViolations(page);
  await shoot(page, "clips-stories-editor");

  // The customer room, at the stage of the story, plays it with captions: the newest story leads its column and,
  // being a voice, takes the room of two, so the demo's own voice at that stage waits behind "and N more".
  await page.goto(`/orgs/${ORG_A}/room?stage=help`);
  const roomCards = page.getByTestId("story").filter({ has: page.getByTestId("story-clip") });
  await expect(roomCards).toHaveCount(1);
  await expect(roomCards).toContainText(customer);
  await expect(roomCards.locator("video track[kind=captions]")).toHaveCount(1);
  await roomCards.first().getByText("Transcript", { exact: true }).click();
  await expect(roomCards.first().locator("details p")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await shoot(page, "clips-room");
  // The room scrolls sideways through its stages: look at the stage with the clips itself.
  const stage = page.getByTestId("room-stage").filter({ has: page.getByTestId("story-clip") });
  for (const width of [390, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await stage.evaluate((el) => el.scrollIntoView({ inline: "start", block: "start" }));
    await page.screenshot({ path: `.shots/clips-room-stage-${width}.png` });
  }

  // Removing it takes it off the card.
  await page.goto(`/orgs/${ORG_A}/stories`);
  await entry.getByRole("button", { name: "Edit" }).click();
  await editor.getByRole("button", { name: "Remove clip" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove the clip" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Clip removed." })).toBeVisible();
  await expect(entry.getByTestId("story-clip")).toHaveCount(0, { timeout: 15_000 });
  expect((await page.request.get(url)).status()).toBe(404);
});

test("outsiders, signed-out visitors and viewers cannot reach or change a clip", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await signIn(page, demo.consultant);
  // The demo's own voice, as the stories page lists it (the room may show newer stories in its place).
  await page.goto(`/orgs/${ORG_A}/stories`);
  const url = await clipUrlOf(
    page
      .getByTestId("story")
      .filter({ has: page.getByTestId("story-clip") })
      .first(),
  );

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${baseURL}${url}`)).status()).toBe(401);
  await anonymous.close();

  const outsider = await browser.newContext();
  const outsiderPage = await outsider.newPage();
  await signIn(outsiderPage, demo.outsider);
  expect((await outsiderPage.request.get(url)).status()).toBe(404);
  expect((await outsiderPage.request.get(`${url}/captions`)).status()).toBe(404);
  await outsider.close();

  const viewer = await browser.newContext();
  const viewerPage = await viewer.newPage();
  await signIn(viewerPage, demo.viewer);
  expect((await viewerPage.request.get(url)).status()).toBe(200);
  const storyClip = url.replace(/\/[^/]+$/, "");
  const attempt = await viewerPage.request.put(storyClip, {
    headers: { origin: baseURL! },
    multipart: {
      transcript: "Mine now",
      clip: { name: "a.wav", mimeType: "audio/wav", buffer: Buffer.from(toneWav(0.2)) },
    },
  });
  expect(attempt.status()).toBe(403);
  expect((await viewerPage.request.delete(storyClip, { headers: { origin: baseURL! } })).status()).toBe(403);
  await viewer.close();

  // An upload over the limit is cut by the server before the app reads it.
  const tooLarge = await page.request.put(storyClip, {
    headers: { origin: baseURL! },
    multipart: {
      transcript: "x",
      clip: { name: "big.wav", mimeType: "audio/wav", buffer: Buffer.alloc(27 * 1024 * 1024) },
    },
  });
  expect(tooLarge.status()).toBe(413);
});
