import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const fixture = (name: string) => path.resolve(__dirname, "../lib/alignment/fixtures", name);
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/throughline.ts", ...args], {
    encoding: "utf8",
    timeout: 30_000,
  });

describe("npm run throughline", () => {
  it("analyze prints the findings and alignment of a model file as JSON, as the design gives them", () => {
    // Through npm itself, as users call it: stdout must be pure JSON.
    const result = spawnSync("npm", ["run", "throughline", "--", "analyze", fixture("harbour-mutual.model.json")], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    const expected = JSON.parse(readFileSync(fixture("harbour-mutual.expected.json"), "utf8"));
    const rows = (findings: { rule: string; severity: string; subjects: string[] }[]) =>
      findings.map((f) => `${f.rule} ${f.severity} ${[...f.subjects].sort()}`).sort();
    expect(rows(output.findings)).toEqual(rows(expected.findings));
    expect(output.alignment).toEqual(expected.alignment);
    expect(output.findings.every((f: { explanation: string }) => f.explanation.length > 20)).toBe(true);
    // The incentive rules, with their subjects by kind.
    const f12 = output.findings.find((f: { rule: string }) => f.rule === "F12");
    expect(f12.refs).toEqual([
      { kind: "kpi", key: "cost-per-claim" },
      { kind: "kpi", key: "fcr" },
      { kind: "behaviour", key: "resolve" },
    ]);
    expect(output.findings.find((f: { rule: string }) => f.rule === "F9").explanation).toContain(
      "Average handle time is tied to the pay of the Contact-centre advisor role",
    );
  });

  it("refuses an invalid model on stderr with a non-zero exit, naming line and path", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tl-cli-"));
    const file = path.join(dir, "broken.json");
    writeFileSync(
      file,
      readFileSync(fixture("harbour-mutual.model.json"), "utf8").replace(
        '"department": "claims", "customerFacing"',
        '"department": "cc", "customerFacing"',
      ),
    );
    const result = cli("analyze", file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("line 12, column");
    expect(result.stderr).toContain('roles[1].department: no department with key "cc"');
  });

  it("explains a missing file and an unknown command", () => {
    const missing = cli("analyze", "/nonexistent/model.json");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("cannot read /nonexistent/model.json: ENOENT");
    const unknown = cli("frobnicate");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    expect(cli("analyze").status).toBe(2);
  });

  it("whatif prints what a scenario would clear and make appear, and the alignment before and after", () => {
    const scenario = path.resolve(__dirname, "../lib/scenarios/fixtures/pair-average-handle-time.scenario.json");
    const result = cli("whatif", fixture("harbour-mutual.model.json"), scenario);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(Object.keys(output).sort()).toEqual(["alignment", "appeared", "cleared"]);
    const rows = (findings: { rule: string; severity: string; subjects: string[] }[]) =>
      findings.map((f) => `${f.rule} ${f.severity} ${f.subjects.join(",")}`);
    // The critical obstruction and the unpaired incentive clear; the obstruction stays, one level lower.
    expect(rows(output.cleared)).toEqual(expect.arrayContaining(["F1 critical aht,resolve", "F9 high aht"]));
    expect(rows(output.appeared)).toContain("F1 high aht,resolve");
    expect(
      output.cleared.every((f: { rule: string; subjects: string[] }) => f.rule !== "F9" || f.subjects[0] === "aht"),
    ).toBe(true);
    const expected = JSON.parse(readFileSync(fixture("harbour-mutual.expected.json"), "utf8"));
    expect(output.alignment.before).toEqual(expected.alignment);
  });

  it("whatif names every edit that does not fit the model, with its line, and prints nothing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tl-cli-"));
    const file = path.join(dir, "scenario.json");
    writeFileSync(
      file,
      JSON.stringify(
        {
          format: "throughline.scenario/1",
          edits: [
            { edit: "dropPayLink", kpi: "handle-time" },
            { edit: "fireEveryone" },
            { edit: "addCounter", kpi: "aht", counter: "aht" },
          ],
        },
        null,
        2,
      ),
    );
    const result = cli("whatif", fixture("harbour-mutual.model.json"), file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('line 6, column 7: edits[0].kpi: no KPI with key "handle-time"');
    expect(result.stderr).toContain("edits[1].edit: must be one of dropPayLink");
    expect(result.stderr).toContain('(found "fireEveryone")');
    expect(result.stderr).toContain('edits[2].counter: KPI "aht" cannot be its own counter');
  });

  it("influence ranks the KPIs by total influence, the furthest-reaching at 100", () => {
    const result = cli("influence", fixture("harbour-mutual.model.json"));
    expect(result.status).toBe(0);
    const { kpis } = JSON.parse(result.stdout) as { kpis: { kpi: string; index: number; reach: number }[] };
    expect(kpis[0]!.index).toBe(100);
    expect(kpis.map((k) => k.reach)).toEqual([...kpis.map((k) => k.reach)].sort((a, b) => b - a));
    // Cost per claim moves first-contact resolution (a KPI link), so it reaches more than its own influences.
    const cost = kpis.find((k) => k.kpi === "cost-per-claim") as { reach: number; directReach: number } | undefined;
    expect(cost!.reach).toBeGreaterThan(cost!.directReach);
  });

  it("validate counts what a valid file holds", () => {
    const result = cli("validate", fixture("harbour-mutual.model.json"));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, counts: { roles: 3, behaviours: 4, influences: 5 } });
  });
});

describe("npm run throughline -- score", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "tl-score-"));
  const instrumentFile = path.join(dir, "instrument.json");
  const responsesFile = path.join(dir, "responses.csv");
  const items = ["pr-defined-1", "pe-people-1", "po-kpi-1"];
  writeFileSync(
    instrumentFile,
    JSON.stringify({
      format: "throughline.instrument/1",
      name: "Mini",
      items: [
        {
          key: "pr-defined-1",
          dimension: "practical",
          theme: "Defined",
          text: "I know what great looks like.",
          reversed: false,
        },
        {
          key: "pe-people-1",
          dimension: "personal",
          theme: "People",
          text: "Customers are people here.",
          reversed: false,
        },
        { key: "po-kpi-1", dimension: "possible", theme: "KPIs", text: "Targets get in the way.", reversed: true },
      ],
    }),
  );
  const rows = [
    ...Array.from({ length: 6 }, () => ["claims", "handler", "frontline", "4", "4", "2"]),
    ...Array.from({ length: 5 }, () => ["claims", "lead", "leader", "5", "5", "1"]),
    ...Array.from({ length: 2 }, () => ["billing", "clerk", "frontline", "2", "DK", ""]),
  ];
  writeFileSync(
    responsesFile,
    [["department", "role", "level", ...items].join(","), ...rows.map((r) => r.join(","))].join("\n"),
  );

  it("prints the §4.1 figures per segment, with small segments marked hidden and why", () => {
    const result = cli("score", instrumentFile, responsesFile, "--by", "department", "--k", "5");
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.total).toMatchObject({ respondents: 13, shown: true });
    // practical: (6×4 + 5×5 + 2×2) / 13 = 4.0769 → 77.0; possible reversed: frontline 2→4, leaders 1→5.
    expect(output.total.dimensions.practical).toEqual({ shown: true, index: 76.9, respondents: 13 });
    expect(output.total.dimensions.possible).toEqual({ shown: true, index: 86.4, respondents: 11 });
    expect(output.breakdown.segments.map((s: { key: string; shown: boolean }) => [s.key, s.shown])).toEqual([
      ["billing", false],
      ["claims", false],
    ]);
    expect(output.breakdown.segments[1].reason).toContain("subtraction");
    // Practical: leaders 5 → 100; frontline (6×4 + 2×2) / 8 = 3.5 → 62.5.
    expect(output.gaps.map((g: { gap: number }) => g.gap)).toEqual([37.5, 25, 25]);
  });

  it("refuses a bad responses file by line and a k below 3", () => {
    writeFileSync(path.join(dir, "bad.csv"), "department,role,level,pr-defined-1\nclaims,x,chief,9\n");
    const bad = cli("score", instrumentFile, path.join(dir, "bad.csv"));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("line 2 (level)");
    expect(bad.stderr).toContain("line 2 (pr-defined-1)");
    expect(cli("score", instrumentFile, responsesFile, "--k", "2").status).toBe(2);
  });
});
