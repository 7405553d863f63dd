import { describe, expect, it } from "vitest";
import { compareVersions } from "./compare-versions";

const base = {
  action: "Calls the customer back within two days",
  why: null,
  evidence: null,
  status: "draft",
  objectives: ["retention"],
};
const names = new Map([
  ["retention", "Customers stay with us"],
  ["trust", "Customers trust what we say"],
]);

describe("compareVersions", () => {
  it("marks removed words on the older side and added words on the newer side", () => {
    const [action] = compareVersions(
      base,
      {
        ...base,
        action: "Calls the customer back within one working day, by name",
      },
      names,
    );
    expect(action!.changed).toBe(true);
    expect(action!.before.filter((p) => p.change === "removed").map((p) => p.text.trim())).toEqual(["two days"]);
    expect(
      action!.after
        .filter((p) => p.change === "added")
        .map((p) => p.text.trim())
        .join(" "),
    ).toContain("one working day, by name");
    expect(action!.before.map((p) => p.text).join("")).toBe(base.action);
  });

  it("says which fields did not change", () => {
    const fields = compareVersions(base, { ...base, status: "proposed", why: "Silence worries people" }, names);
    expect(fields.filter((f) => f.changed).map((f) => f.field)).toEqual(["why", "status"]);
  });

  it("names the objectives in words, never by key", () => {
    const objectives = compareVersions(base, { ...base, objectives: ["retention", "trust", "gone"] }, names).find(
      (f) => f.field === "objectives",
    )!;
    const after = objectives.after.map((p) => p.text).join("");
    expect(after).toBe("Customers stay with us; Customers trust what we say; an objective since removed");
    expect(objectives.before.map((p) => p.text).join("")).toBe("Customers stay with us");
    expect(after).not.toMatch(/retention|trust;|gone/);
  });
});
