import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import JSZip from "jszip";
import { extractText, getDocumentProxy } from "unpdf";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";

// The smallest valid PNG: one transparent pixel.
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

async function downloadedText(page: Page, start: () => Promise<void>): Promise<string> {
  const download = page.waitForEvent("download", { timeout: 60_000 });
  await start();
  const file = readFileSync((await (await download).path())!);
  expect(file.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(file)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

test("a consultant brands the report in Settings, then downloads an earlier wave's report from the dashboard", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.consultant);

  await page.goto(`/orgs/${ORG_A}/settings`);
  const form = page.getByRole("form", { name: "Diagnostic report" });
  await form.getByLabel("Accent colour").fill("red");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("alert")).toContainText("#rrggbb");
  await expect(form.getByLabel("Accent colour")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Accent colour").fill("#7a1f5c");
  await form.getByLabel("Prepared by (your firm)").fill("Okafor & Partners");
  await form
    .getByLabel("Logo")
    .setInputFiles({ name: "logo.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a") });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("alert")).toContainText("PNG or JPEG");
  await form.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
  await expect(form).toContainText("Now: PNG, 1 KB.");
  await expectNoSeriousAxeViolations(page);
  for (const width of [390, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.shots/report-settings-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }

  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/orgs/${ORG_A}`);
  const control = page.getByTestId("report-download");
  await expect(control.getByLabel("Wave of the report")).toHaveValue(/.+/);
  // The latest closed wave is chosen (other tests may have closed waves since the demo's Autumn 2026).
  await expect(control.getByLabel("Wave of the report").locator("option").first()).toHaveJSProperty("selected", true);
  await control.getByLabel("Wave of the report").selectOption({ label: "Spring 2026" });
  const button = control.getByRole("button", { name: "Report (PDF)" });
  const text = await downloadedText(page, async () => {
    await button.click();
    // While it is drawn: the button says so and cannot be pressed twice; the status is announced.
    await expect(control.getByRole("button", { name: "Preparing the report…" })).toBeDisabled();
    await expect(control.getByRole("status")).toContainText("Preparing the report…");
  });
  expect(text).toContain("Wave: Spring 2026");
  expect(text).toContain("Prepared by Okafor & Partners");
  expect(text).toContain("How anonymity was protected");
  await expect(control.getByRole("status")).toContainText("Downloaded harbour-mutual-diagnostic-report-");
  await expect(button).toBeEnabled();

  // The same wave as slides to finish in a presentation program: a deck with its slides titled.
  const slides = page.waitForEvent("download", { timeout: 60_000 });
  await control.getByRole("button", { name: "Slides (PPTX)" }).click();
  const deck = await slides;
  expect(deck.suggestedFilename()).toMatch(/^harbour-mutual-diagnostic-report-.*\.pptx$/);
  const zip = await JSZip.loadAsync(readFileSync((await deck.path())!));
  const cover = await zip.file("ppt/slides/slide1.xml")!.async("string");
  expect(cover.replace(/<[^>]+>/g, "")).toContain("Wave: Spring 2026");
  expect(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length).toBeGreaterThan(8);
  await expect(control.getByRole("status")).toContainText(/Downloaded .*\.pptx/);
  await expectNoSeriousAxeViolations(page);
  for (const width of [390, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.shots/report-dashboard-${width}.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
});

test("the dashboard says so when the report cannot be prepared", async ({ page }) => {
  await signIn(page, demo.executive);
  await page.goto(`/orgs/${ORG_A}`);
  await page.route("**/api/orgs/*/report?**", (route) =>
    route.fulfill({
      status: 503,
      contentType: "application/problem+json",
      body: JSON.stringify({ title: "Unavailable", status: 503, detail: "The database is not answering." }),
    }),
  );
  const control = page.getByTestId("report-download");
  await control.getByRole("button", { name: "Report (PDF)" }).click();
  await expect(control.getByRole("alert")).toHaveText(
    "The report could not be prepared: The database is not answering.",
  );
  await expect(control.getByRole("button", { name: "Report (PDF)" })).toBeEnabled();
});
