import { describe, expect, it } from "vitest";
import { describeChange } from "./describe-change";

describe("describeChange", () => {
  it("lists only what changed", () => {
    expect(
      describeChange(
        { role: "viewer", email: "a@x.test", departments: [] },
        { role: "department_head", email: "a@x.test", departments: ["Claims", "IT"] },
      ),
    ).toEqual(["role: Viewer → Department head", "departments: none → Claims, IT"]);
  });

  it("lists every field of something created or removed", () => {
    expect(describeChange(null, { name: "Acme", slug: "acme" })).toEqual(["name: Acme", "slug: acme"]);
    expect(describeChange({ email: "a@x.test" }, undefined)).toEqual(["email: a@x.test"]);
    expect(describeChange(null, null)).toEqual([]);
  });
});
