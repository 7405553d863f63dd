import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/organisations/rules/slug";
import { DEFAULT_INDUSTRY, INDUSTRIES, INDUSTRY_NAMES, isIndustry, STAGE_TEMPLATES, templateName } from "./industries";

describe("industry stage templates", () => {
  it("cover the industries a consultant meets, and a general one", () => {
    expect([...INDUSTRIES].sort()).toEqual(
      ["general", "insurance", "public_service", "retail", "software", "telecom", "utilities"].sort(),
    );
    expect(DEFAULT_INDUSTRY).toBe("general");
  });

  it.each(INDUSTRIES)("%s: between 5 and 9 stages, each named, none twice (by name or by key)", (industry) => {
    const stages = STAGE_TEMPLATES[industry];
    expect(stages.length).toBeGreaterThanOrEqual(5);
    expect(stages.length).toBeLessThanOrEqual(9);
    for (const name of stages) {
      expect(name.trim()).toBe(name);
      expect(name.length).toBeGreaterThan(0);
      expect(name.length).toBeLessThanOrEqual(200);
    }
    expect(new Set(stages.map((s) => s.toLowerCase())).size).toBe(stages.length);
    expect(new Set(stages.map(slugify)).size).toBe(stages.length);
  });

  it("have a name for people, none of them a code", () => {
    for (const industry of INDUSTRIES) expect(INDUSTRY_NAMES[industry]).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
    expect(new Set(Object.values(INDUSTRY_NAMES)).size).toBe(INDUSTRIES.length);
  });

  it("keeps the template every organisation had before industries as the general one", () => {
    expect(STAGE_TEMPLATES.general).toEqual(["Discover", "Buy", "Onboard", "Use", "Get help", "Pay", "Renew or leave"]);
  });

  it("names a template in a sentence", () => {
    expect(templateName("telecom")).toBe("telecoms");
    expect(templateName("public_service")).toBe("public service");
    expect(templateName("general")).toBe("general");
  });

  it("tells an industry from anything else", () => {
    expect(isIndustry("telecom")).toBe(true);
    expect(isIndustry("Telecom")).toBe(false);
    expect(isIndustry("toString")).toBe(false);
    expect(isIndustry(undefined)).toBe(false);
  });
});
