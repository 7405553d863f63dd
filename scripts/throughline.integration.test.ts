import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const fixture = (name: string) => path.resolve(__dirname, "../lib/alignment/fixtures", name);
const cli = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/throughline.ts", ...args], { encoding: "utf8", timeout: 30_000 });

describe("npm run throughline", () => {
  it("analyze prints the findings and alignment of a model file as JSON, as the design gives them", () => {
    // Through npm itself, as users call it: stdout must be pure JSON.
    const result = spawnSync("npm", ["run", "throughline", "--", "analyze", fixture("harbour-mutual.model.json")], { encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(0);
    const output = JSON.parse(result.stdout);
    const expected = JSON.parse(readFileSync(fixture("harbour-mutual.expected.json"), "utf8"));
    const rows = (findings: { rule: string; severity: string; subjects: string[] }[]) => findings.map((f) => `${f.rule} ${f.severity} ${[...f.subjects].sort()}`).sort();
    expect(rows(output.findings)).toEqual(rows(expected.findings));
    expect(output.alignment).toEqual(expected.alignment);
    expect(output.findings.every((f: { explanation: string }) => f.explanation.length > 20)).toBe(true);
  });

  it("refuses an invalid model on stderr with a non-zero exit, naming line and path", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tl-cli-"));
    const file = path.join(dir, "broken.json");
    writeFileSync(file, readFileSync(fixture("harbour-mutual.model.json"), "utf8").replace('"department": "claims", "customerFacing"', '"department": "cc", "customerFacing"'));
    const result = cli("analyze", file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('line 12, column');
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

  it("validate counts what a valid file holds", () => {
    const result = cli("validate", fixture("harbour-mutual.model.json"));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, counts: { roles: 3, behaviours: 4, influences: 5 } });
  });
});
