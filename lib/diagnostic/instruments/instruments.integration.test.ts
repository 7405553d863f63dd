import { beforeEach, expect, it } from "vitest";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { DEFAULT_INSTRUMENT } from "../default-instrument";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { addInstrument } from "./add-instrument";
import { copyInstrument } from "./copy-instrument";
import { getInstrument } from "./get-instrument";
import { importInstrumentText } from "./import-instrument";
import { listInstruments } from "./list-instruments";
import { saveInstrument } from "./save-instrument";

describeOnEachDatabase("instruments", (use) => {
  let owner: OrgAccess;

  beforeEach(async () => {
    owner = await makeOwnedOrganisation(use().db, "Instrument Co");
  });

  const edited = (name: string) => ({
    ...DEFAULT_INSTRUMENT,
    name,
    items: [
      ...DEFAULT_INSTRUMENT.items.slice(0, 5),
      {
        key: "own-1",
        dimension: "possible" as const,
        theme: "Our own",
        text: "I can refund a customer without asking anyone.",
        reversed: false,
      },
    ],
  });

  it("edits an instrument no wave has opened with in place", async () => {
    const { id } = await addInstrument(owner);
    await createWave(owner, { name: "Draft wave", instrumentId: id });
    expect(await saveInstrument(owner, id, edited("Ours"))).toEqual({ id, version: 1, newVersion: false });
    const saved = await getInstrument(owner, id);
    expect(saved.document.items.map((i) => i.key)).toEqual([
      ...DEFAULT_INSTRUMENT.items.slice(0, 5).map((i) => i.key),
      "own-1",
    ]);
    expect(saved.frozen).toBe(false);
  });

  it("freezes an instrument once a wave using it opens: saving makes the next version, the old one stays as answered", async () => {
    const { db } = use();
    const { id } = await addInstrument(owner);
    const { id: waveId } = await createWave(owner, { name: "Spring", instrumentId: id });
    await openWave(owner, waveId);
    const result = await saveInstrument(owner, id, edited("Ours"));
    expect(result).toMatchObject({ version: 2, newVersion: true });
    expect(result.id).not.toBe(id);
    expect((await getInstrument(owner, id)).document.items).toHaveLength(DEFAULT_INSTRUMENT.items.length);
    expect((await db.wave.findUniqueOrThrow({ where: { id: waveId } })).instrumentId).toBe(id);
    // A second edit of the frozen version makes version 3, not a second version 2.
    expect(await saveInstrument(owner, id, edited("Ours again"))).toMatchObject({ version: 3, newVersion: true });
    const [listed] = await listInstruments(owner);
    expect(listed).toMatchObject({ name: "Ours again", version: 3, statements: 6, frozen: false });
    expect(listed!.olderVersions.map((v) => [v.version, v.waves])).toEqual([
      [2, []],
      [1, ["Spring"]],
    ]);
  });

  it("copies an instrument into a new lineage, and refuses invalid documents naming the path, saving nothing", async () => {
    const { db } = use();
    const { id } = await addInstrument(owner);
    const copy = await copyInstrument(owner, id, "Client version");
    expect((await listInstruments(owner)).map((i) => [i.name, i.version])).toEqual([
      ["Throughline 3P diagnostic (default)", 1],
      ["Client version", 1],
    ]);
    const bad = await refusal(
      saveInstrument(owner, copy.id, {
        ...DEFAULT_INSTRUMENT,
        items: [DEFAULT_INSTRUMENT.items[0], { ...DEFAULT_INSTRUMENT.items[0], text: "Duplicate key here" }],
      }),
    );
    expect([bad.status, bad.field]).toEqual([400, "items[1].key"]);
    expect((await getInstrument(owner, copy.id)).document.items).toHaveLength(DEFAULT_INSTRUMENT.items.length);
    const badFile = await refusal(
      importInstrumentText(
        owner,
        JSON.stringify({
          format: "throughline.instrument/1",
          name: "X",
          items: [{ key: "a", dimension: "purpose", theme: "t", text: "Some text", reversed: false }],
        }),
      ),
    );
    expect([badFile.status, badFile.field]).toEqual([400, "items[0].dimension"]);
    expect(await db.instrument.count({ where: { organisationId: owner.organisation.id } })).toBe(2);
  });

  it("round-trips an exported instrument through import", async () => {
    const { id } = await addInstrument(owner, edited("Exported"));
    const { document } = await getInstrument(owner, id);
    const imported = await importInstrumentText(owner, JSON.stringify(document));
    expect((await getInstrument(owner, imported.id)).document).toEqual(document);
  });

  it("lets only owners manage instruments", async () => {
    const { db } = use();
    const { id } = await addInstrument(owner);
    const executiveUser = await makeUser(db, "Executive");
    await joinOrganisation(owner, executiveUser, "executive", []);
    const executive = await resolveOrgAccess(db, executiveUser, owner.organisation.slug, "organisation:read");
    expect((await refusal(saveInstrument(executive, id, edited("No")))).status).toBe(403);
    expect((await refusal(listInstruments(executive))).status).toBe(403);
  });

  it("does not reach another organisation's instrument", async () => {
    const { db } = use();
    const { id } = await addInstrument(owner);
    const other = await makeUser(db, "Other");
    const otherOrg = await createOrganisation({ db, actor: other }, { name: "Other Co" });
    const outsider = await resolveOrgAccess(db, other, otherOrg.slug, "diagnostic:manage");
    expect((await refusal(getInstrument(outsider, id))).status).toBe(404);
    expect((await refusal(saveInstrument(outsider, id, edited("Stolen")))).status).toBe(404);
  });
});
