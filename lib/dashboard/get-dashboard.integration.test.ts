import { beforeEach, expect, it } from "vitest";
import { DEFAULT_INSTRUMENT } from "@/lib/diagnostic/default-instrument";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { importResponses } from "@/lib/diagnostic/waves/import-responses";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { getDiagnosticSummary } from "./get-diagnostic-summary";
import { getModelDashboard } from "./get-model-dashboard";
import { getPortfolio } from "./get-portfolio";

describeOnEachDatabase("dashboard data", (use) => {
  let owner: OrgAccess;
  let claimsId: string;

  beforeEach(async () => {
    const { db } = use();
    owner = await makeOwnedOrganisation(db, "Dash Co");
    const service = await db.department.create({
      data: { organisationId: owner.organisation.id, key: "service", name: "Service" },
    });
    claimsId = (
      await db.department.create({
        data: { organisationId: owner.organisation.id, key: "claims", name: "Claims", parentId: service.id },
      })
    ).id;
    await db.department.create({ data: { organisationId: owner.organisation.id, key: "it", name: "IT" } });
    await db.department.create({ data: { organisationId: owner.organisation.id, key: "hr", name: "HR" } });
    await db.department.create({
      data: {
        organisationId: owner.organisation.id,
        key: "claims-fast",
        name: "Fast-track claims",
        parentId: claimsId,
      },
    });
    await db.role.create({
      data: {
        organisationId: owner.organisation.id,
        key: "handler",
        name: "Claims handler",
        departmentId: claimsId,
        customerFacing: true,
      },
    });
    const { id: instrumentId } = await addInstrument(owner);
    const { id: waveId } = await createWave(owner, { name: "Spring", instrumentId });
    await openWave(owner, waveId);
    const keys = DEFAULT_INSTRUMENT.items.map((i) => i.key);
    const row = (department: string, role: string, level: string, value: number) =>
      [department, role, level, ...keys.map(() => value)].join(",");
    // Service 18: its own 5, Claims 13 within it (its own 11 and Fast-track's 2); IT 5, HR 2: 25 in all.
    const rows = [
      ...Array.from({ length: 6 }, () => row("claims", "handler", "frontline", 4)),
      ...Array.from({ length: 5 }, () => row("claims", "", "leader", 5)),
      ...Array.from({ length: 2 }, () => row("claims-fast", "", "frontline", 2)),
      ...Array.from({ length: 5 }, () => row("service", "", "frontline", 3)),
      ...Array.from({ length: 5 }, () => row("it", "", "frontline", 1)),
      ...Array.from({ length: 2 }, () => row("hr", "", "frontline", 2)),
    ];
    await importResponses(owner, waveId, [["department", "role", "level", ...keys].join(","), ...rows].join("\n"));
    await closeWave(owner, waveId);
  });

  it("gives the organisation's 3P headline, and narrows it to a department (with sub-departments)", async () => {
    const organisation = await getDiagnosticSummary(owner, { kind: "organisation" });
    expect([organisation.wave?.name, organisation.respondents, organisation.shown]).toEqual(["Spring", 25, true]);
    // Leaders (5) and frontline (20) of the whole organisation.
    expect(organisation.gaps.every((g) => g.shown)).toBe(true);
    const service = await getDiagnosticSummary(owner, { kind: "department", key: "service" });
    expect([service.respondents, service.index3P, service.limitedTo]).toEqual([18, expect.any(Number), null]);
    // Levels are reported for the whole organisation only.
    expect(service.gaps).toEqual([]);
  });

  it("hides a department's headline below k, saying why — no count, no index, no dimensions", async () => {
    const hr = await getDiagnosticSummary(owner, { kind: "department", key: "hr" });
    expect(hr).toMatchObject({
      respondents: null,
      shown: false,
      index3P: null,
      dimensions: null,
      deltas: [],
      gaps: [],
    });
    expect(hr.hiddenReason).toMatch(/fewer than 5/);
  });

  it("shows the same groups at every level of the drill-down: none differs from another by fewer than k", async () => {
    // Service (18) ⊃ Claims (13) ⊃ Fast-track (2) and the handlers (6). Claims is shown; the handlers
    // are not (Claims less its handlers is 7, but 2 of them are the frontline outside the handlers —
    // with the organisation's frontline figures that is Fast-track's 2); IT (5) would leave HR's 2.
    const claims = await getDiagnosticSummary(owner, { kind: "department", key: "claims" });
    expect([claims.shown, claims.respondents]).toEqual([true, 13]);
    for (const scope of [
      { kind: "department", key: "it" },
      { kind: "role", key: "handler" },
    ] as const) {
      const hidden = await getDiagnosticSummary(owner, scope);
      expect([hidden.shown, hidden.respondents]).toEqual([false, null]);
      expect(hidden.hiddenReason).toMatch(/subtraction/);
    }
    expect((await getDiagnosticSummary(owner, { kind: "department", key: "claims-fast" })).hiddenReason).toMatch(
      /fewer than 5/,
    );
  });

  it("limits a department head to their departments, whatever scope they ask for", async () => {
    const { db } = use();
    const headUser = await makeUser(db, "Head");
    await joinOrganisation(owner, headUser, "department_head", [claimsId]);
    const head = await resolveOrgAccess(db, headUser, owner.organisation.slug, "organisation:read");
    const asked = await getDiagnosticSummary(head, { kind: "organisation" });
    expect([asked.respondents, asked.limitedTo?.sort()]).toEqual([13, ["claims", "claims-fast"]]);
    const outside = await getDiagnosticSummary(head, { kind: "department", key: "it" });
    expect([outside.shown, outside.respondents, outside.hiddenReason]).toEqual([
      false,
      null,
      expect.stringMatching(/outside your departments/),
    ]);
  });

  it("headlines the latest closed wave while a newer one is still collecting answers; any wave can be asked for", async () => {
    const { db } = use();
    const spring = await db.wave.findFirstOrThrow({ where: { organisationId: owner.organisation.id } });
    const { id: autumn } = await createWave(owner, { name: "Autumn", instrumentId: spring.instrumentId });
    await openWave(owner, autumn);
    const summary = await getDiagnosticSummary(owner, { kind: "organisation" });
    expect([summary.wave?.name, summary.waves.map((w) => w.name)]).toEqual(["Spring", ["Autumn", "Spring"]]);
    const open = await getDiagnosticSummary(owner, { kind: "organisation" }, autumn);
    expect([open.shown, open.respondents, open.hiddenReason]).toEqual([
      false,
      null,
      expect.stringMatching(/when the wave closes/),
    ]);
  });

  it("puts every organisation of the user side by side, as each dashboard shows it", async () => {
    const { db } = use();
    await createOrganisation({ db, actor: owner.actor }, { name: "Another Client" });
    const portfolio = await getPortfolio({ db, actor: owner.actor });
    expect(portfolio.map((p) => [p.name, p.index3P === null, p.lastWave?.name ?? null, p.participation])).toEqual([
      ["Another Client", true, null, null],
      ["Dash Co", false, "Spring", null],
    ]);
    expect(portfolio[1]!.index3P).toBe((await getDiagnosticSummary(owner, { kind: "organisation" })).index3P);
  });

  it("refuses a scope the organisation does not have", async () => {
    expect((await refusal(getDiagnosticSummary(owner, { kind: "department", key: "sales" }))).status).toBe(404);
    expect((await refusal(getModelDashboard(owner, { kind: "role", key: "ceo" }))).status).toBe(404);
    expect((await refusal(getDiagnosticSummary(owner, { kind: "organisation" }, "no-such-wave"))).status).toBe(404);
  });
});
