import { expect, test, type Page } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";

const ROOM = `/orgs/${ORG_A}/room`;
const STAGES = ["Discover", "Buy", "Onboard", "Use the cover", "Get help and claim", "Pay", "Renew or leave"];

/** Opens the room and waits until it has laid out its columns (the keys work from then on). */
async function openRoom(page: Page, query = "") {
  await page.goto(`${ROOM}${query}`);
  await expect(page.locator("ol.room-stages[data-columns]")).toBeAttached();
}

/** The stage columns on screen: their names, and where each one lies against the viewport. */
async function visibleColumns(page: Page) {
  return page.getByTestId("room-stage").evaluateAll((items) =>
    items
      .filter((li) => {
        // Shown at all: stages out of view lie beside the row, clipped by it (still in the page, for screen
        // readers). A column only partly shown counts, and fails the bounds below.
        const box = li.getBoundingClientRect();
        const row = li.parentElement!.getBoundingClientRect();
        return box.right > row.left && box.left < row.right;
      })
      .map((li) => {
        const box = li.getBoundingClientRect();
        return {
          name: li.querySelector("h2")!.textContent!.replace(/^\d+/, ""),
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
          // Content the column would have to scroll to show: none may be hidden below its bottom.
          hiddenBelow: li.scrollHeight - li.clientHeight,
        };
      }),
  );
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
]) {
  test.describe(`on a ${size.width}×${size.height} wall`, () => {
    test.use({ viewport: size });

    test("the arrow key brings every stage fully into view, each column within the screen's height", async ({
      page,
    }) => {
      test.slow(); // seven steps, each measured, and screenshots of a screen up to 4K wide
      await signIn(page, demo.consultant);
      await openRoom(page);
      await expect(page.getByTestId("room-stage")).toHaveCount(7);
      await page.screenshot({ path: `.shots/room-${size.width}.png` });
      const seen = new Set<string>();
      for (let step = 1; step <= STAGES.length; step++) {
        await expect(page.getByTestId("room-position")).toHaveText(`Stage ${step} of 7`);
        const columns = await visibleColumns(page);
        expect(columns).toHaveLength(3);
        expect(columns.map((c) => c.name)).toContain(STAGES[step - 1]);
        for (const column of columns) {
          expect(column.left, column.name).toBeGreaterThanOrEqual(0);
          expect(column.right, column.name).toBeLessThanOrEqual(size.width);
          expect(column.top, column.name).toBeGreaterThanOrEqual(0);
          expect(column.bottom, column.name).toBeLessThanOrEqual(size.height);
          expect(column.hiddenBelow, `${column.name}: content below the column's bottom`).toBeLessThanOrEqual(0);
          seen.add(column.name);
        }
        if (step === 5) await page.screenshot({ path: `.shots/room-${size.width}-claims.png`, animations: "disabled" });
        await page.keyboard.press("ArrowRight");
      }
      expect([...seen].sort()).toEqual([...STAGES].sort());
      // No page scrolls either way.
      const overflow = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - innerWidth,
        y: document.documentElement.scrollHeight - innerHeight,
      }));
      expect(overflow).toEqual({ x: 0, y: 0 });
    });
  });
}

test.describe("at 1920×1080", () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test("type reads from the back of the room: body at least 24 px, headings larger", async ({ page }) => {
    await signIn(page, demo.consultant);
    await openRoom(page, "?stage=help");
    const sizes = await page.evaluate(() => {
      const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const columns = [...document.querySelectorAll<HTMLElement>('[data-testid="room-stage"]')].filter((li) => {
        const box = li.getBoundingClientRect();
        const row = li.parentElement!.getBoundingClientRect();
        return box.right > row.left && box.left < row.right;
      });
      const body = columns.flatMap((li) =>
        [...li.querySelectorAll("p, li, blockquote, figcaption, h3, a")]
          .filter((el) => !el.closest(".room-qr"))
          .map((el) => ({ text: el.textContent!.slice(0, 40), px: px(el) })),
      );
      return { body, h1: px(document.querySelector("h1")!), h2: px(columns[0]!.querySelector("h2")!) };
    });
    expect(sizes.body.length).toBeGreaterThan(10);
    for (const { text, px } of sizes.body) expect(px, text).toBeGreaterThanOrEqual(24);
    expect(sizes.h2).toBeGreaterThan(24);
    expect(sizes.h1).toBeGreaterThan(sizes.h2);
  });

  test("the stage with the most severe conflicts stands out, in words as well as colour", async ({ page }) => {
    await signIn(page, demo.consultant);
    await openRoom(page);
    await page.keyboard.press("End");
    await expect(page.getByTestId("room-position")).toHaveText("Stage 7 of 7");
    await page.keyboard.press("PageUp");
    await page.keyboard.press("PageUp");
    await expect(page.getByTestId("room-position")).toHaveText("Stage 5 of 7");
    const claims = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Get help and claim" }) });
    await expect(claims).toBeInViewport({ ratio: 0.99 }); // whole, give or take a fraction of a pixel
    await expect(claims).toHaveAttribute("aria-current", "step");
    await expect(claims.getByText("Most severe conflicts")).toBeVisible();
    await expect(claims).toHaveClass(/room-stage--severe/);
    await expect(
      claims.getByRole("link", { name: /^\d+ findings at Get help and claim\s*, \d+ critical$/ }),
    ).toBeVisible();
    // Marked once: the mark means something only if it picks one stage.
    await expect(page.getByTestId("most-severe")).toHaveCount(1);
    // The position is announced to screen readers when it changes.
    await expect(page.getByTestId("room-announcement")).toHaveText("Stage 5 of 7: Get help and claim");
    await expect(page.getByRole("list", { name: "Stages of the customer's journey" })).toBeVisible();
  });

  test("keys and buttons page through the stages, and the address keeps the stage for a reload", async ({ page }) => {
    test.slow(); // three page loads and an accessibility scan on a machine shared by several test runs
    await signIn(page, demo.consultant);
    await openRoom(page, "?stage=use");
    const position = page.getByTestId("room-position");
    await expect(position).toHaveText("Stage 4 of 7");
    await page.keyboard.press("Space");
    await expect(position).toHaveText("Stage 5 of 7");
    await page.keyboard.press("Shift+Space");
    await page.keyboard.press("ArrowLeft");
    await expect(position).toHaveText("Stage 3 of 7");
    await expect(page).toHaveURL(/[?&]stage=onboard/);
    await page.keyboard.press("Home");
    await expect(position).toHaveText("Stage 1 of 7");
    // The previous button at the first stage does nothing, and keeps its focus (it is not disabled away).
    const previous = page.getByRole("button", { name: "Previous stage" });
    await previous.focus();
    await page.keyboard.press("Enter");
    await expect(previous).toBeFocused();
    await expect(position).toHaveText("Stage 1 of 7");
    await page.getByRole("button", { name: "Next stage" }).click();
    await page.getByRole("button", { name: "Next stage" }).press("Enter");
    await expect(position).toHaveText("Stage 3 of 7");
    // Space on a focused button presses it once, not twice.
    await page.getByRole("button", { name: "Next stage" }).press("Space");
    await expect(position).toHaveText("Stage 4 of 7");
    await expect(page).toHaveURL(/[?&]stage=use/);
    // Tabbing into a stage out of view brings it into view: focus is never off the screen.
    const payLink = page.getByRole("link", { name: /^\d+ findings at Pay/ });
    await page.keyboard.press("Home");
    await payLink.focus();
    await expect(position).toHaveText("Stage 6 of 7");
    await expect(payLink).toBeInViewport({ ratio: 0.99 });
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(position).toHaveText("Stage 4 of 7");
    await page.reload();
    await expect(page.locator("ol.room-stages[data-columns]")).toBeAttached();
    await expect(position).toHaveText("Stage 4 of 7");
    // A mistyped address still opens the room, at the start.
    await openRoom(page, "?stage=nowhere&play=zero");
    await expect(position).toHaveText("Stage 1 of 7");
    await expectNoSeriousAxeViolations(page, "customer room at 1920");
  });

  test("auto-advance moves on by itself and stops when someone presses a key", async ({ page }) => {
    await page.clock.install();
    await signIn(page, demo.consultant);
    await openRoom(page);
    const position = page.getByTestId("room-position");
    const toggle = page.getByRole("button", { name: "Auto-advance" });
    await page.getByLabel("Move on every").selectOption("10");
    await toggle.click();
    await expect(page.getByRole("button", { name: "Stop auto-advance" })).toHaveAttribute("aria-pressed", "true");
    await expect(page).toHaveURL(/[?&]play=10/);
    await page.clock.fastForward(10_000);
    await expect(position).toHaveText("Stage 2 of 7");
    await page.clock.fastForward(10_000);
    await expect(position).toHaveText("Stage 3 of 7");
    // A clicker's key: it moves on one stage and takes over from auto-advance.
    await page.keyboard.press("PageDown");
    await expect(position).toHaveText("Stage 4 of 7");
    await expect(page.getByRole("button", { name: "Auto-advance" })).toHaveAttribute("aria-pressed", "false");
    await page.clock.fastForward(60_000);
    await expect(position).toHaveText("Stage 4 of 7");
    await expect(page).not.toHaveURL(/[?&]play=/);
  });

  test("an unattended screen starts auto-advancing from its address, and a click stops it", async ({ page }) => {
    await page.clock.install();
    await signIn(page, demo.consultant);
    await openRoom(page, "?stage=pay&play=30");
    const position = page.getByTestId("room-position");
    await expect(position).toHaveText("Stage 6 of 7");
    await page.clock.fastForward(30_000);
    await expect(position).toHaveText("Stage 7 of 7");
    await page.clock.fastForward(30_000);
    await expect(position).toHaveText("Stage 1 of 7"); // round again, from the start of the journey
    await page.getByRole("heading", { level: 1 }).click();
    await page.clock.fastForward(60_000);
    await expect(position).toHaveText("Stage 1 of 7");
  });

  test("with reduced motion asked for, the address alone does not start auto-advance", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.clock.install();
    await signIn(page, demo.consultant);
    await openRoom(page, "?play=10");
    await page.clock.fastForward(30_000);
    await expect(page.getByTestId("room-position")).toHaveText("Stage 1 of 7");
    await expect(page.getByRole("button", { name: "Auto-advance" })).toHaveAttribute("aria-pressed", "false");
  });

  test("each stage's QR code leads to adding a story about it, behind sign-in", async ({ page, browser }) => {
    test.slow(); // two people sign in, one of them on a phone, and a story is sent
    await signIn(page, demo.consultant);
    await openRoom(page);
    const qr = page.getByRole("link", { name: "QR code: add a story about Discover from your phone" });
    await expect(qr).toBeVisible();
    const href = (await qr.getAttribute("href"))!;
    expect(new URL(href).pathname + new URL(href).search).toBe(`/orgs/${ORG_A}/stories/new?stage=discover`);
    // Printed too, for anyone without a camera.
    await expect(page.getByTestId("room-qr")).toContainText(href.replace(/^https?:\/\//, ""));
    // The wall's one code follows the stage in front.
    await page.keyboard.press("ArrowRight");
    const buy = page.getByRole("link", { name: "QR code: add a story about Buy from your phone" });
    await expect(buy).toHaveAttribute("href", /\/stories\/new\?stage=buy$/);
    await expect(page.getByTestId("room-qr")).toHaveCount(1);

    // A phone that scans it is not signed in: the code opens sign-in, then the form with the stage chosen.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const phonePage = await phone.newPage();
    await phonePage.goto(href);
    await expect(phonePage).toHaveURL(/\/login/);
    await phonePage.getByLabel("Email").fill(demo.head);
    await phonePage.getByLabel("Password").fill("throughline-demo");
    await phonePage.getByRole("button", { name: "Sign in" }).click();
    await expect(phonePage).toHaveURL(new RegExp(`/orgs/${ORG_A}/stories/new\\?stage=discover$`), { timeout: 15_000 });
    await expect(phonePage.getByLabel("Stage")).toHaveValue("discover");
    await phonePage.screenshot({ path: ".shots/room-new-story-390.png", fullPage: true });
    const overflow = await phonePage.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phonePage.getByLabel("Customer", { exact: true }).fill("Ms Achterberg");
    await phonePage.getByLabel("What happened, in their words").fill("I could not tell which policy covered my van.");
    await phonePage.getByRole("button", { name: "Add story" }).click();
    await expect(phonePage.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();
    await expectNoSeriousAxeViolations(phonePage, "new story on a phone");
    await phone.close();

    await openRoom(page);
    const discover = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Discover" }) });
    await expect(discover).toContainText("I could not tell which policy covered my van.");
  });

  test("a viewer scanning the code gets no form: their role may not add stories", async ({ page }) => {
    await signIn(page, demo.viewer);
    await page.goto(`/orgs/${ORG_A}/stories/new?stage=help`);
    await expect(page.getByText("Your role can read stories but not add them")).toBeVisible();
    await expect(page.getByRole("form", { name: "Add a story" })).toHaveCount(0);
  });

  test("a member of another organisation finds neither the room nor its story page", async ({ page }) => {
    await signIn(page, demo.outsider);
    for (const path of [ROOM, `/orgs/${ORG_A}/stories/new?stage=help`]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
  });
});

test.describe("at 1440×900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("a desk screen still shows three stages that fit", async ({ page }) => {
    await signIn(page, demo.consultant);
    await openRoom(page, "?stage=help");
    const columns = await visibleColumns(page);
    expect(columns).toHaveLength(3);
    for (const column of columns) {
      expect(column.right).toBeLessThanOrEqual(1440);
      expect(column.bottom).toBeLessThanOrEqual(900);
    }
    await page.screenshot({ path: ".shots/room-1440.png" });
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the room is a list of every stage, with nothing off to the side", async ({ page }) => {
    test.slow(); // sign-in, every stage and an accessibility scan of the whole list
    await signIn(page, demo.consultant);
    await openRoom(page);
    await expect(page.locator("ol.room-stages")).toHaveAttribute("data-columns", "0");
    for (const name of STAGES) await expect(page.getByRole("heading", { level: 2, name })).toBeAttached();
    const stages = page.getByTestId("room-stage");
    for (let i = 0; i < 7; i++) await expect(stages.nth(i)).toBeVisible();
    const overflow = await page.evaluate(() => {
      const room = document.getElementById("customer-room")!;
      return Math.max(document.documentElement.scrollWidth - innerWidth, room.scrollWidth - room.clientWidth);
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("link", { name: "Add a story about Discover" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Next stage" })).toBeHidden();
    await expectNoSeriousAxeViolations(page, "customer room on a phone");
    await page.screenshot({ path: ".shots/room-390.png" });
    await page.setViewportSize({ width: 390, height: 4000 });
    await page.screenshot({ path: ".shots/room-390-long.png" });
  });
});
