import { expect, test } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";

test("each person lands where their work is: a department head on their dashboard, a consultant on the portfolio", async ({
  page,
}) => {
  await signIn(page, demo.head);
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG_A}$`));
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, demo.consultant);
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByRole("heading", { name: "Your organisations" })).toBeVisible();
});

test("a survey or workshop link that leads nowhere speaks to the respondent, not to a member", async ({ page }) => {
  for (const [path, heading] of [
    ["/s/not-a-real-token-0123456789abcdef", "This survey link does not work"],
    ["/s/shared/not-a-real-token-0123456789abcdef", "This survey link does not work"],
    ["/w/not-a-real-token-0123456789abcdef", "This workshop link does not work"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expect(page.getByText(/organisations/i)).toHaveCount(0);
  }
});
