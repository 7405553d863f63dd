import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { importModel } from "@/lib/model/import-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { getSetupProgress } from "./get-setup-progress";

const demo = JSON.parse(
  readFileSync(path.join(__dirname, "../demo/harbour-mutual.model.json"), "utf8"),
) as ModelDocument;

describeOnEachDatabase("set-up progress", (use) => {
  it("follows an organisation from nothing, through its model, to its first open wave", async () => {
    const owner = await makeOwnedOrganisation(use().db, "Setup Co");
    const done = async () => (await getSetupProgress(owner)).filter((s) => s.done).map((s) => s.id);
    expect(await done()).toEqual([]);

    await importModel(owner, demo);
    expect(await done()).toEqual(["stages", "roles", "touchpoints", "approvedBehaviours", "kpis", "influences"]);

    const { id: instrumentId } = await addInstrument(owner);
    const { id: waveId } = await createWave(owner, { name: "First wave", instrumentId });
    // A drafted wave is not yet a wave people answer.
    expect(await done()).not.toContain("wavesOpened");
    await openWave(owner, waveId);
    expect((await getSetupProgress(owner)).every((s) => s.done)).toBe(true);

    // Another organisation's progress is its own.
    const other = await makeOwnedOrganisation(use().db, "Other Co", "Other");
    expect((await getSetupProgress(other)).some((s) => s.done)).toBe(false);
  });
});
