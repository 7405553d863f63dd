import { beforeEach, expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { openInvitation } from "@/lib/diagnostic/respond/open-invitation";
import { openSharedLink } from "@/lib/diagnostic/respond/open-shared-link";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createInvitations } from "@/lib/diagnostic/waves/create-invitations";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { getParticipationBySegment } from "./get-participation-by-segment";

describeOnEachDatabase("participation per department and role, live", (use) => {
  let owner: OrgAccess;
  let instrumentId: string;
  const departmentIds: Record<string, string> = {};

  beforeEach(async () => {
    const { db } = use();
    owner = await makeOwnedOrganisation(db, "Participation Co");
    instrumentId = (await addInstrument(owner)).id;
    for (const [key, name] of [
      ["claims", "Claims"],
      ["contact", "Contact centre"],
    ] as const) {
      departmentIds[key] = (
        await db.department.create({ data: { organisationId: owner.organisation.id, key, name } })
      ).id;
    }
    for (const [key, name, department] of [
      ["handler", "Claims handler", "claims"],
      ["assessor", "Assessor", "claims"],
      ["agent", "Agent", "contact"],
    ] as const) {
      await db.role.create({
        data: {
          organisationId: owner.organisation.id,
          key,
          name,
          departmentId: departmentIds[department]!,
          customerFacing: true,
        },
      });
    }
  });

  async function answer(tokens: string[]) {
    const { db } = use();
    for (const token of tokens) {
      await openInvitation(db, token);
      await saveAnswers(db, token, { answers: { "pr-defined-1": 4 } });
      await submitResponse(db, token);
    }
  }

  it("counts invitations answered per department and role as people answer, hiding counts under k and what subtraction would give", async () => {
    const { id } = await createWave(owner, { name: "Pulse", instrumentId, k: 3 });
    await openWave(owner, id);
    const handlers = await createInvitations(owner, id, { role: "handler", level: "frontline", count: 6 });
    const assessors = await createInvitations(owner, id, { role: "assessor", level: "frontline", count: 4 });
    const agents = await createInvitations(owner, id, { role: "agent", level: "frontline", count: 5 });

    const before = await getParticipationBySegment(owner, id);
    expect(before.open).toBe(true);
    expect(before.k).toBe(3);
    expect(before.total).toMatchObject({ invited: 15, answered: null, hidden: "fewer-than-k" });
    expect(
      before.departments.map((d) => [d.name, d.invited, d.answered, d.roles.map((r) => [r.name, r.invited])]),
    ).toEqual([
      [
        "Claims",
        10,
        null,
        [
          ["Assessor", 4],
          ["Claims handler", 6],
        ],
      ],
      ["Contact centre", 5, null, [["Agent", 5]]],
    ]);

    // Four handlers and four agents answer: the counts are there on the next read, no publication needed.
    await answer([...handlers.slice(0, 4), ...agents.slice(0, 4)]);
    const live = await getParticipationBySegment(owner, id);
    expect(live.total).toMatchObject({ invited: 15, answered: 8, rate: 53.3, flagged: true });
    const claims = live.departments.find((d) => d.key === "claims")!;
    expect(claims).toMatchObject({ invited: 10, answered: 4, rate: 40 });
    expect(claims.roles.find((r) => r.key === "handler")).toMatchObject({ answered: 4, rate: 66.7 });
    expect(claims.roles.find((r) => r.key === "assessor")).toMatchObject({ answered: null, hidden: "fewer-than-k" });

    // One assessor answers: claims (5) less handlers (4) would be that one person. Not both are shown.
    await answer(assessors.slice(0, 1));
    const after = (await getParticipationBySegment(owner, id)).departments.find((d) => d.key === "claims")!;
    const handlersShown = after.roles.find((r) => r.key === "handler")?.answered ?? null;
    expect(after.answered === null || handlersShown === null).toBe(true);
    expect(after.roles.find((r) => r.key === "assessor")?.answered ?? null).toBeNull();

    await closeWave(owner, id);
    expect((await getParticipationBySegment(owner, id)).open).toBe(false);
  });

  it("never counts the answers: a shared link's responses have no invitation and change nothing", async () => {
    const { db } = use();
    const { id } = await createWave(owner, { name: "Posters", instrumentId, k: 3, sharedLinkMode: "open" });
    const { sharedToken } = await openWave(owner, id);
    const agents = await createInvitations(owner, id, { role: "agent", level: "frontline", count: 4 });
    await answer(agents.slice(0, 3));
    const before = await getParticipationBySegment(owner, id);
    for (let i = 0; i < 4; i++) {
      const { sessionToken } = await openSharedLink(db, sharedToken!, {
        department: "contact",
        role: "agent",
        level: "frontline",
      });
      await saveAnswers(db, sessionToken, { answers: { "pr-defined-1": 2 } });
      await submitResponse(db, sessionToken);
    }
    expect(await getParticipationBySegment(owner, id)).toEqual(before);
    expect(before.departments.find((d) => d.key === "contact")).toMatchObject({ invited: 4, answered: 3 });
  });

  it("gives a department head their departments only and another organisation's member nothing", async () => {
    const { db } = use();
    const { id } = await createWave(owner, { name: "Pulse", instrumentId, k: 3 });
    await openWave(owner, id);
    await answer(await createInvitations(owner, id, { role: "handler", level: "frontline", count: 5 }));
    await answer(await createInvitations(owner, id, { role: "agent", level: "frontline", count: 5 }));

    const headUser = await makeUser(db, "Head of Claims");
    await joinOrganisation(owner, headUser, "department_head", [departmentIds.claims!]);
    const head = await resolveOrgAccess(db, headUser, owner.organisation.slug, "results:read");
    const seen = await getParticipationBySegment(head, id);
    expect(seen.total).toBeNull();
    expect(seen.departments.map((d) => d.key)).toEqual(["claims"]);

    // Another organisation's owner asking for this wave by its id: not found, nothing counted.
    const other = await makeOwnedOrganisation(db, "Elsewhere");
    expect((await refusal(getParticipationBySegment(other, id))).status).toBe(404);
  });
});
