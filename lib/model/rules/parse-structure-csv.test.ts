import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDepartmentsCsv, parseRolesCsv } from "./parse-structure-csv";

describe("departments CSV", () => {
  it("reads keys, names and parents; makes a key from the name when none is given", () => {
    const result = parseDepartmentsCsv("key,name,parent\nservice,Customer service,\n,Contact Centre,service\n", []);
    expect(result).toEqual({
      ok: true,
      rows: [
        { key: "service", name: "Customer service" },
        { key: "contact-centre", name: "Contact Centre", parent: "service" },
      ],
    });
  });

  it("accepts a parent that already exists in the organisation, and names every bad line", () => {
    expect(parseDepartmentsCsv("name,parent\nNight shift,contact", ["contact"]).ok).toBe(true);
    const result = parseDepartmentsCsv("key,name,parent\na,A,\na,Again,\nb,,zz\n", []);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, column: "key", message: 'duplicate key "a" (also on line 2)' },
        { line: 4, column: "name", message: "must not be empty" },
        { line: 4, column: "parent", message: 'no department with key "zz"' },
      ],
    });
  });

  it("names the physical line of the file after a blank line and a quoted line break", () => {
    const text = 'key,name,parent\n\nservice,"Customer\nservice",\n\n\nbad key!,Billing,nowhere\n';
    expect(parseDepartmentsCsv(text, [])).toEqual({
      ok: false,
      errors: [
        { line: 7, column: "key", message: `"bad key!" is not a key: use letters, digits, '-', '_' or '.'` },
        { line: 7, column: "parent", message: 'no department with key "nowhere"' },
      ],
    });
  });

  it("says which column is missing", () => {
    expect(parseDepartmentsCsv("key,title\nx,y", [])).toEqual({
      ok: false,
      errors: [{ line: 1, column: "name", message: 'missing column "name"' }],
    });
  });
});

describe("roles CSV", () => {
  it("reads customer-facing in plain words, headcounts, quoted names with commas and a BOM", () => {
    const result = parseRolesCsv(
      '\uFEFFkey,name,department,customerFacing,headcount\nagent,"Agent, inbound",contact,yes,80\nclerk,Accounts clerk,finance,back-office,\n',
      ["contact", "finance"],
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { key: "agent", name: "Agent, inbound", department: "contact", customerFacing: true, headcount: 80 },
        { key: "clerk", name: "Accounts clerk", department: "finance", customerFacing: false },
      ],
    });
  });

  it("refuses unknown departments, unclear customer-facing and bad headcounts, by line and column", () => {
    const result = parseRolesCsv("name,department,customerFacing,headcount\nAgent,cc,maybe,-3\n", ["contact"]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((e) => `${e.line}:${e.column}`)).toEqual([
        "2:department",
        "2:customerFacing",
        "2:headcount",
      ]);
    if (!result.ok)
      expect(result.errors.slice(1).map((e) => e.message)).toEqual([
        '"maybe": write "yes" (customer-facing) or "no" (back-office)',
        '"-3" is not a whole number of people',
      ]);
  });

  it("reports every problem at once: a missing column and the rows' other problems, by physical line", () => {
    const text = 'name,department,headcount\r\n"Agent\r\ninbound",cc,ten\r\n\r\nClerk,finance,4,extra\r\n';
    expect(parseRolesCsv(text, ["finance"])).toEqual({
      ok: false,
      errors: [
        { line: 1, column: "customerFacing", message: 'missing column "customerFacing"' },
        { line: 2, column: "department", message: 'no department with key "cc"' },
        { line: 2, column: "headcount", message: '"ten" is not a whole number of people' },
        { line: 5, column: "", message: "expected 3 values, found 4" },
      ],
    });
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => parseRolesCsv(text, ["a"])).not.toThrow();
        expect(() => parseDepartmentsCsv(text, [])).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
