import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers";

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    label,
  ).toEqual([]);
}

/**
 * A new organisation with the template's stages, a Billing department and a customer-facing Clerk who takes
 * part in "Pay" and has one draft behaviour there, plus one story told at "Pay". The set-up is sent to the API
 * (as the set-up page would); what is under test is done on the page.
 */
async function organisationWithAPayBehaviour(page: Page, name: string) {
  await signIn(page, demo.consultant);
  await page.getByLabel("Name").fill(`${name} ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const origin = new URL(page.url()).origin;
  const post = async (path: string, data: object) => {
    const response = await page.request.post(`/api/orgs/${slug}/${path}`, { data, headers: { origin } });
    expect(response.ok(), `${path} ${JSON.stringify(data)}: ${await response.text()}`).toBe(true);
  };
  await post("model/edits", { op: "applyStageTemplate" });
  await post("model/edits", { op: "addDepartment", name: "Billing" });
  await post("model/edits", { op: "addRole", name: "Clerk", department: "billing", customerFacing: true });
  await post("model/edits", { op: "setTouchpoint", role: "clerk", stage: "pay", on: true });
  await post("model/edits", { op: "addObjective", name: "Fewer bill complaints" });
  await post("behaviours", {
    role: "clerk",
    stage: "pay",
    action: "Explains a surprising bill line by line before the customer asks",
    objectives: ["fewer-bill-complaints"],
  });
  await post("stories", {
    customer: "Sam",
    narrative: "My bill doubled and nobody told me why until I rang twice.",
    stage: "pay",
    sentiment: "negative",
    source: "complaint",
  });
  return slug;
}

test("a consultant merges “Pay” into “Renew or leave” and finds its behaviour under the new stage", async ({
  page,
}) => {
  const slug = await organisationWithAPayBehaviour(page, "Merging Co");
  await page.goto(`/orgs/${slug}/model/setup`);

  await page.locator("summary", { hasText: "Merge or remove Pay" }).click();
  const into = page.getByLabel("Merge Pay into");
  await into.selectOption({ label: "Renew or leave" });
  await page.getByRole("button", { name: "Merge Pay", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: "Merge “Pay” into “Renew or leave”?" });
  await expect(dialog).toContainText(
    "1 behaviour and 1 story move from “Pay” to “Renew or leave”, behaviours with their versions and influences. The 1 role taking part in “Pay” will take part in “Renew or leave”. Then “Pay” leaves the lifecycle.",
  );
  await dialog.getByRole("button", { name: "Merge into Renew or leave" }).click();

  await expect(page.getByRole("heading", { name: "Lifecycle stages" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Merged" })).toHaveText(
    "Merged the stage “Pay” into “Renew or leave”: 1 behaviour and 1 story moved.",
  );
  await expect(page.getByLabel("Merge Pay into")).toHaveCount(0);
  await expect(page.getByLabel("Name of stage 6")).toHaveValue("Renew or leave");
  await expect(page.getByRole("checkbox", { name: "Clerk takes part in Renew or leave" })).toBeChecked();

  // The moved behaviour still cites its objective; removing the objective says so, and keeps the behaviour.
  await expect(page.getByTestId("objective-row")).toContainText("Fewer bill complaints");
  await expect(page.getByTestId("objective-row")).toContainText("cited by 1 behaviour");
  await page.getByRole("button", { name: "Remove Fewer bill complaints" }).click();
  const objectiveDialog = page.getByRole("dialog", { name: "Remove the objective “Fewer bill complaints”?" });
  await expect(objectiveDialog).toContainText(
    "1 behaviour cites it: it stays, without the link. Earlier versions name it “an objective since removed”.",
  );
  await objectiveDialog.getByRole("button", { name: "Remove Fewer bill complaints" }).click();
  await expect(page.getByTestId("objective-row")).toHaveCount(0);

  await page.goto(`/orgs/${slug}/model`);
  await expect(page.getByTestId("cell-clerk-pay")).toHaveCount(0);
  await expect(page.getByTestId("cell-clerk-renew-or-leave")).toContainText("1 draft");
  await page.getByTestId("cell-clerk-renew-or-leave").getByRole("link").click();
  await expect(page.getByText("Explains a surprising bill line by line before the customer asks")).toBeVisible();
});

test("a consultant removes a stage through a dialog that counts what goes, then renames and removes an objective", async ({
  page,
}) => {
  const slug = await organisationWithAPayBehaviour(page, "Removing Co");
  await page.goto(`/orgs/${slug}/model/setup`);

  // By keyboard: the folded choices open with Enter; the dialog opens on Cancel, says exactly what goes, and
  // Escape leaves everything as it was.
  await page.locator("summary", { hasText: "Merge or remove Pay" }).focus();
  await page.keyboard.press("Enter");
  const remove = page.getByRole("button", { name: "Remove Pay", exact: true });
  await remove.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Remove the stage “Pay”?" });
  await expect(dialog).toContainText(
    "Removes “Pay”, its 1 touchpoint and its 1 behaviour. 1 story keeps its text but loses its stage, so it leaves the customer room. Merge it into another stage instead to keep its behaviours.",
  );
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoSeriousAxeViolations(page, "set-up with the stage removal dialog open");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await expect(page.getByLabel("Name of stage 6")).toHaveValue("Pay");

  await page.keyboard.press("Enter");
  await dialog.getByRole("button", { name: "Remove Pay" }).click();
  await expect(page.getByRole("heading", { name: "Lifecycle stages" })).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Removed" })).toHaveText(
    "Removed the stage “Pay” with 1 touchpoint and 1 behaviour; 1 story lost its stage.",
  );
  await expect(page.getByRole("button", { name: "Remove Pay", exact: true })).toHaveCount(0);
  await expect(page.getByLabel("Name of stage 6")).toHaveValue("Renew or leave");

  // The objective's behaviour went with the stage; rename it, refuse a twin name, then remove it.
  const objective = page.getByTestId("objective-row").filter({ hasText: "Fewer bill complaints" });
  await expect(objective).toContainText("cited by no behaviour yet");
  await page.getByLabel("New objective").fill("Keep customers");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByTestId("objective-row")).toHaveCount(2);
  const rename = page.getByRole("button", { name: "Rename Fewer bill complaints" });
  await rename.click();
  const newName = page.getByLabel("New name for Fewer bill complaints");
  await expect(newName).toBeFocused();
  await newName.fill("keep customers");
  await newName.press("Enter");
  await expect(newName).toHaveAccessibleDescription('There is already an objective named "keep customers".');
  await newName.press("Escape");
  await expect(newName).toHaveCount(0);
  await expect(rename).toBeFocused();
  await rename.press("Enter");
  await page.getByLabel("New name for Fewer bill complaints").fill("Fewer complaints about bills");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByTestId("objective-row").filter({ hasText: "Fewer complaints about bills" })).toBeVisible();

  await page.getByRole("button", { name: "Remove Fewer complaints about bills" }).click();
  const objectiveDialog = page.getByRole("dialog", { name: "Remove the objective “Fewer complaints about bills”?" });
  await expect(objectiveDialog).toContainText("No behaviour cites it; it leaves the model.");
  await objectiveDialog.getByRole("button", { name: "Remove Fewer complaints about bills" }).click();
  await expect(page.getByRole("heading", { name: "Business objectives" })).toBeFocused();
  await expect(page.getByTestId("objective-row")).toHaveCount(1);
  await expect(page.getByTestId("objective-row")).toContainText("Keep customers");
});
