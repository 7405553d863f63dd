import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelArbitrary } from "@/lib/model/model-arbitrary";
import { describeModelError, validateModelText, validateModelValue } from "./validate-model";

const exampleText = readFileSync(path.resolve(__dirname, "../../alignment/fixtures/harbour-mutual.model.json"), "utf8");
const errorsOf = (text: string) => {
  const result = validateModelText(text);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
};

describe("validateModelText", () => {
  it("accepts the Harbour Mutual example", () => {
    const result = validateModelText(exampleText);
    expect(result.ok).toBe(true);
  });

  it("names the path, the problem and the line of a broken reference", () => {
    const text = exampleText.replace(
      '"department": "claims", "customerFacing"',
      '"department": "cc", "customerFacing"',
    );
    const [error, ...rest] = errorsOf(text);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ path: "roles[1].department", message: 'no department with key "cc"', line: 12 });
    expect(describeModelError(error!)).toBe(
      `line 12, column ${error!.column}: roles[1].department: no department with key "cc"`,
    );
  });

  it("lists every problem, in the order they appear in the file", () => {
    const text = exampleText
      .replace('"headcount": 80', '"headcount": 80, "colour": "red"')
      .replace('"status": "draft"', '"status": "someday"')
      .replace('"strength": 2 }', '"strength": 7 }');
    const errors = errorsOf(text);
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'roles[0]: unknown field "colour"',
      expect.stringMatching(/^behaviours\[3\]\.status: /),
      "influences[2].strength: 1, 2 or 3 (found 7)",
    ]);
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => a - b));
  });

  it("says a required field is required", () => {
    const model = JSON.parse(exampleText);
    delete model.kpis[0].payLinked;
    expect(errorsOf(JSON.stringify(model, null, 2))).toMatchObject([
      { path: "kpis[0].payLinked", message: "is required" },
    ]);
  });

  it("refuses duplicate keys, department cycles, unknown influence sources and repeated influences", () => {
    const model = JSON.parse(exampleText);
    model.stages.push({ key: "buy", name: "Buy again" });
    model.departments[0].parent = "contact";
    model.influences.push({ from: "kpi:nps", to: "resolve", effect: "supports", strength: 1 });
    model.influences.push({ ...model.influences[0] });
    const messages = errorsOf(JSON.stringify(model, null, 2)).map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'stages[3].key: duplicate key "buy"',
        'departments[0].parent: department "service" is its own ancestor',
        'departments[1].parent: department "contact" is its own ancestor',
        'influences[5].from: no KPI with key "nps"',
        'influences[6]: kpi:aht already influences behaviour "resolve"',
      ]),
    );
  });

  it("refuses a KPI named like another, whatever the case and surrounding spaces", () => {
    const model = JSON.parse(exampleText);
    model.kpis.push({ ...model.kpis[0], key: "aht-again", name: `  ${model.kpis[0].name.toUpperCase()} ` });
    const index = model.kpis.length - 1;
    expect(errorsOf(JSON.stringify(model, null, 2)).map((e) => `${e.path}: ${e.message}`)).toEqual([
      `kpis[${index}].name: another KPI is named "${model.kpis[0].name.toUpperCase()}" (kpis[0])`,
    ]);
    model.kpis[index].name = `${model.kpis[0].name} (again)`;
    expect(validateModelText(JSON.stringify(model, null, 2)).ok).toBe(true);
  });

  it("refuses a KPI countering itself or an unknown KPI, self-links, links to unknown KPIs and repeated links", () => {
    const model = JSON.parse(exampleText);
    model.kpis[0].counters = ["aht", "quality"];
    model.kpiLinks.push(
      { from: "fcr", to: "fcr", effect: "reinforces" },
      { from: "ghost", to: "aht", effect: "trades-off" },
      { from: "aht", to: "fcr", effect: "reinforces" },
    );
    const errors = errorsOf(JSON.stringify(model, null, 2));
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'kpis[0].counters[0]: KPI "aht" cannot be its own counter',
      'kpis[0].counters[1]: no KPI with key "quality"',
      'kpiLinks[3].to: KPI "fcr" cannot be linked to itself',
      'kpiLinks[4].from: no KPI with key "ghost"',
      'kpiLinks[5]: KPI "aht" is already linked to KPI "fcr"',
    ]);
    expect(errors.every((e) => e.line > 0 && e.column > 0)).toBe(true);
  });

  it("checks KPI readings in the same pass: unknown KPI or department, a month that does not exist, a repeated reading", () => {
    const model = JSON.parse(exampleText);
    model.kpiReadings = [
      { kpi: "aht", period: "2026-01", value: 300, target: 290 },
      { kpi: "ghost", period: "2026-01", value: 1 },
      { kpi: "aht", period: "2026-13", value: 1 },
      { kpi: "aht", period: "2026-02", value: 1, department: "nowhere" },
      { kpi: "aht", period: "2026-01", value: 310 },
      { kpi: "aht", period: "2026-01", value: 310, department: "contact" },
      { kpi: "aht", period: "2026-01", value: 310, department: "contact" },
      { kpi: "fcr", period: "2026-01", value: "high" },
    ];
    const errors = errorsOf(JSON.stringify(model, null, 2));
    expect(errors.map((e) => `${e.path}: ${e.message}`).sort()).toEqual(
      [
        'kpiReadings[1].kpi: no KPI with key "ghost"',
        'kpiReadings[2].period: a month as YYYY-MM (month 01 to 12) (found "2026-13")',
        'kpiReadings[3].department: no department with key "nowhere"',
        'kpiReadings[4]: KPI "aht" already has a reading for 2026-01',
        'kpiReadings[6]: KPI "aht" already has a reading for 2026-01 in department "contact"',
        'kpiReadings[7].value: expected a number, found "high"',
      ].sort(),
    );
    expect(errors.every((e) => e.line > 0)).toBe(true);
  });

  it("lists a bad link effect with the shape problems, in the same pass as the references", () => {
    const model = JSON.parse(exampleText);
    model.kpiLinks[0].effect = "helps";
    model.kpis[1].counters = ["nobody"];
    const messages = errorsOf(JSON.stringify(model, null, 2)).map((e) => `${e.path}: ${e.message}`);
    expect(messages).toEqual([
      'kpis[1].counters[0]: no KPI with key "nobody"',
      'kpiLinks[0].effect: "helps" is not one of reinforces, trades-off',
    ]);
  });

  it("reports a JSON syntax error with its line", () => {
    const [error] = errorsOf(
      '{\n  "format": "throughline.model/1",\n  "organisation": { "name": "x" }\n  "departments": []\n}',
    );
    expect(error).toMatchObject({ path: "(document)", line: 4 });
    expect(error!.message).toMatch(/^invalid JSON/);
  });

  it("refuses another format or version", () => {
    expect(errorsOf(exampleText.replace("throughline.model/1", "throughline.model/2"))[0]).toMatchObject({
      path: "format",
      message: 'must be "throughline.model/1" (found "throughline.model/2")',
    });
  });

  it("lists shape and reference problems together, in one pass, each with its line, column and the value found", () => {
    const text = exampleText
      .replace('"department": "claims", "customerFacing"', '"department": "cc", "customerFacing"')
      .replace('"horizon": "short"', '"horizon": "medium"')
      .replace('"strength": 2 }', '"strength": 7 }');
    const model = JSON.parse(text);
    model.behaviours.push({ ...model.behaviours[0] });
    const errors = errorsOf(JSON.stringify(model, null, 2));
    expect(errors.map((e) => `${e.path}: ${e.message}`)).toEqual(
      expect.arrayContaining([
        'roles[1].department: no department with key "cc"',
        expect.stringMatching(/^kpis\[\d+\]\.horizon: "medium" is not one of short, long$/),
        expect.stringMatching(/^influences\[\d+\]\.strength: 1, 2 or 3 \(found 7\)$/),
        `behaviours[${model.behaviours.length - 1}].key: duplicate key "${model.behaviours[0].key}"`,
      ]),
    );
    expect(errors).toHaveLength(4);
    for (const error of errors) {
      expect(error.line).toBeGreaterThan(1);
      expect(error.column).toBeGreaterThan(1);
    }
  });

  it("skips only the references of an entry whose shape is wrong, and still counts its key", () => {
    const model = JSON.parse(exampleText);
    const role = model.roles[0];
    role.headcount = -1; // the role's shape is wrong…
    role.department = "nowhere"; // …so its department is not checked,
    model.behaviours[1].stage = "nowhere"; // but other entries are,
    const errors = errorsOf(JSON.stringify(model, null, 2)).map((e) => `${e.path}: ${e.message}`);
    expect(errors).toEqual([
      "roles[0].headcount: must not be negative (found -1)",
      'behaviours[1].stage: no stage with key "nowhere"',
    ]); // and behaviours of that role do not count as naming an unknown role.
  });

  it("says what type was expected and what was found", () => {
    const model = JSON.parse(exampleText);
    model.roles[0].customerFacing = "yes";
    model.stages = "all of them";
    expect(errorsOf(JSON.stringify(model, null, 2)).map((e) => `${e.path}: ${e.message}`)).toEqual([
      'roles[0].customerFacing: expected true or false, found "yes"',
      'stages: expected a list, found "all of them"',
    ]);
  });

  it("reads a left-out list as an empty one", () => {
    const model = JSON.parse(exampleText);
    for (const section of ["objectives", "processes", "systems", "influences", "touchpoints", "kpiLinks"])
      delete model[section];
    for (const behaviour of model.behaviours) delete behaviour.objectives;
    model.kpis = [];
    const result = validateModelText(JSON.stringify(model));
    expect(result.ok && { objectives: result.model.objectives, systems: result.model.systems }).toEqual({
      objectives: [],
      systems: [],
    });
  });
});

describe("validator properties", () => {
  it("round-trips every generated valid model through its JSON text", () => {
    fc.assert(
      fc.property(modelArbitrary(), (model) => {
        const result = validateModelText(JSON.stringify(model, null, 2));
        expect(result).toEqual({ ok: true, model });
      }),
      { numRuns: 150 },
    );
  });

  it("never throws on arbitrary JSON, and answers with errors that each carry a path and a line", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateModelText(JSON.stringify(value));
        expect(result.ok).toBe(false);
        if (!result.ok) for (const error of result.errors) expect(error.path.length > 0 && error.line >= 1).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => validateModelText(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a valid model with one corrupted field, with an error at that field's path or its object", () => {
    const corruption = fc.constantFrom(
      { section: "roles", field: "department", value: "nowhere" },
      { section: "behaviours", field: "stage", value: "nowhere" },
      { section: "behaviours", field: "status", value: "done" },
      { section: "kpis", field: "horizon", value: 3 },
      { section: "influences", field: "to", value: "nothing" },
      { section: "influences", field: "strength", value: 0 },
      { section: "roles", field: "customerFacing", value: "yes" },
    );
    fc.assert(
      fc.property(modelArbitrary(), corruption, fc.nat(), (model, bad, seed) => {
        const items = (model as unknown as Record<string, Record<string, unknown>[]>)[bad.section]!;
        fc.pre(items.length > 0);
        const position = seed % items.length;
        const broken = structuredClone(model) as unknown as Record<string, Record<string, unknown>[]>;
        broken[bad.section]![position]![bad.field] = bad.value;
        const result = validateModelValue(broken);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(`${bad.section}[${position}].${bad.field}`);
      }),
      { numRuns: 300 },
    );
  });
});
