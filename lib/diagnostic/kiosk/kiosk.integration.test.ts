import { beforeEach, expect, it } from "vitest";
import type { OrgAccess } from "@/lib/access/org-access";
import { resolveOrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { addInstrument } from "../instruments/add-instrument";
import { saveAnswers } from "../respond/save-answers";
import { submitResponse } from "../respond/submit-response";
import { closeWave } from "../waves/close-wave";
import { createWave } from "../waves/create-wave";
import { openWave } from "../waves/open-wave";
import { renewSharedLink } from "../waves/renew-shared-link";
import { readKioskPass } from "./kiosk-pass";
import { describeKiosk, openKioskSitting } from "./kiosk-sitting";
import { endKiosk, startKiosk } from "./start-kiosk";

describeOnEachDatabase("kiosks", (use) => {
  let owner: OrgAccess;

  async function openedWave(name: string, sharedLinkMode: "open" | "verified", open = true) {
    const { id: instrumentId } = await addInstrument(owner);
    const { id } = await createWave(owner, { name, instrumentId, k: 3, sharedLinkMode });
    if (open) await openWave(owner, id);
    return id;
  }

  beforeEach(async () => {
    const { db } = use();
    const made = await makeOwnedOrganisation(db, "Kiosk Co");
    owner = await resolveOrgAccess(db, made.actor, made.organisation.slug, "diagnostic:manage");
  });

  it("gives a manager a pass for the wave; two people in a row answer with it, and both count", async () => {
    const { db } = use();
    const waveId = await openedWave("Reception", "open");
    const { pass } = await startKiosk(owner, waveId);
    expect(readKioskPass(pass)).toMatchObject({ organisationId: owner.organisation.id, waveId });
    expect((await describeKiosk(db, waveId, pass)).wave.name).toBe("Reception");
    for (const level of ["frontline", "manager"] as const) {
      const sitting = await openKioskSitting(db, waveId, pass, { level });
      // Each sitting starts empty: nothing of the person before.
      expect(sitting.answers).toEqual({});
      await saveAnswers(db, sitting.sessionToken, { answers: { [sitting.items[0]!.key]: 4 } });
      await submitResponse(db, sitting.sessionToken);
    }
    const counts = await db.wave.findUniqueOrThrow({
      where: { id: waveId },
      select: { _count: { select: { responses: true, ballots: true } } },
    });
    expect(counts._count.responses + counts._count.ballots).toBe(2);
    const kioskEvents = async () =>
      (await db.auditEvent.findMany({ where: { subjectId: waveId, action: { startsWith: "wave.kiosk" } } }))
        .map((e) => e.action)
        .sort();
    expect(await kioskEvents()).toEqual(["wave.kiosk_started"]);
    // Ending is recorded from the kiosk's own browser only (another browser has nothing to end).
    await endKiosk(owner, waveId, undefined);
    expect(await kioskEvents()).toEqual(["wave.kiosk_started"]);
    await endKiosk(owner, waveId, pass);
    expect(await kioskEvents()).toEqual(["wave.kiosk_ended", "wave.kiosk_started"]);
  });

  it("refuses a kiosk for a verified link (409, saying why), a wave not taking answers, and a member who may not manage", async () => {
    const { db } = use();
    const verified = await refusal(startKiosk(owner, await openedWave("Verified", "verified")));
    expect(verified.status).toBe(409);
    expect(verified.detail).toContain("needs an open shared link");
    expect((await refusal(startKiosk(owner, await openedWave("Draft", "open", false)))).status).toBe(409);
    const waveId = await openedWave("Open", "open");
    const viewer = await makeUser(db, "Viewer");
    await joinOrganisation(owner, viewer, "viewer");
    const viewerAccess = await resolveOrgAccess(db, viewer, owner.organisation.slug, "organisation:read");
    expect((await refusal(startKiosk(viewerAccess, waveId))).status).toBe(403);
    const other = await makeOwnedOrganisation(db, "Other Co");
    const otherOwner = await resolveOrgAccess(db, other.actor, other.organisation.slug, "diagnostic:manage");
    expect((await refusal(startKiosk(otherOwner, waveId))).status).toBe(404);
  });

  it("opens no sitting without a valid pass for this wave: none, forged, another wave's, or one outdated by a new link", async () => {
    const { db } = use();
    const waveId = await openedWave("Hall", "open");
    const otherWave = await openedWave("Canteen", "open");
    const { pass } = await startKiosk(owner, waveId);
    const { pass: otherPass } = await startKiosk(owner, otherWave);
    for (const value of [undefined, "", "1", `${pass}x`, otherPass]) {
      expect((await refusal(openKioskSitting(db, waveId, value, { level: "frontline" }))).status).toBe(403);
      expect((await refusal(describeKiosk(db, waveId, value))).status).toBe(403);
    }
    await renewSharedLink(owner, waveId);
    expect((await refusal(openKioskSitting(db, waveId, pass, { level: "frontline" }))).status).toBe(403);
    // A new pass works again; closing the wave ends it politely (410).
    const { pass: renewed } = await startKiosk(owner, waveId);
    await openKioskSitting(db, waveId, renewed, { level: "leader" });
    await closeWave(owner, waveId);
    expect((await refusal(openKioskSitting(db, waveId, renewed, { level: "leader" }))).status).toBe(410);
  });
});
