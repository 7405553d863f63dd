import { describe, expect, it } from "vitest";
import { parsePeopleCsv, type PeopleContext } from "./parse-people-csv";

const context: PeopleContext = {
  departments: [
    { key: "claims", name: "Claims" },
    { key: "contact", name: "Contact centre" },
    { key: "care", name: "Claims" },
  ],
  roles: [
    { key: "handler", name: "Handler", department: "claims" },
    { key: "agent", name: "Agent", department: "contact" },
    { key: "care-agent", name: "Agent", department: "care" },
  ],
  audience: { departments: [], roles: [] },
};

const problemsOf = (text: string, ctx = context) => {
  const result = parsePeopleCsv(text, ctx);
  return result.ok ? [] : result.problems.map((p) => [p.line, p.column, p.value, p.message]);
};

describe("people lists", () => {
  it("reads columns in any order and case, ignores others, and takes names or keys", () => {
    const result = parsePeopleCsv(
      "Staff no,LEVEL,Email,Role,Department\n7,Leader,Ana@Example.test,Handler,\n8,,bo@example.test,agent,Contact centre\n",
      context,
    );
    expect(result).toEqual({
      ok: true,
      people: [
        { line: 2, email: "ana@example.test", department: "claims", role: "handler", level: "leader", language: "en" },
        { line: 3, email: "bo@example.test", department: "contact", role: "agent", level: null, language: "en" },
      ],
    });
  });

  it("reports physical lines past blank lines and quoted line breaks", () => {
    expect(problemsOf('email,department\n\n"a\nb@x.test",claims\nbad,claims\n')).toEqual([
      [3, "email", "a\nb@x.test", "expected an email address such as ana@example.com"],
      [5, "email", "bad", "expected an email address such as ana@example.com"],
    ]);
  });

  it("asks for a key where a name is ambiguous, and uses the department to tell roles of one name apart", () => {
    expect(problemsOf("email,department,role\na@x.test,Claims,\nb@x.test,,Agent\nc@x.test,contact,Agent\n")).toEqual([
      [2, "department", "Claims", "more than one department has this name; give its key instead"],
      [3, "role", "Agent", "more than one role has this name; give its department or its key"],
    ]);
  });

  it("refuses a role outside the row's department, naming the department it is in", () => {
    expect(problemsOf("email,department,role\na@x.test,contact,handler\n")).toEqual([
      [2, "role", "handler", 'this role is not in the department "Contact centre" (it is in "Claims")'],
    ]);
  });

  it("refuses duplicates (any case), bad levels and languages, and people outside the wave's audience", () => {
    const audience = { ...context, audience: { departments: ["claims"], roles: [] } };
    expect(
      problemsOf(
        "email,department,level,language\na@x.test,claims,,\nA@X.test,claims,chief,xx\nc@x.test,contact,,\n",
        audience,
      ),
    ).toEqual([
      [3, "email", "A@X.test", "this address is already on line 2"],
      [3, "level", "chief", "expected one of leader, manager, frontline"],
      [3, "language", "xx", "expected one of en, fr, de, nl, es, or empty for English"],
      [4, "department", "contact", "this department is not in the wave's audience (its invitations would be refused)"],
    ]);
  });

  it("needs an email column and at least one person", () => {
    expect(problemsOf("name,department\nAna,claims\n")[0]?.[1]).toBe("email");
    expect(problemsOf("email\n")).toEqual([[1, "", "", "the list has no people"]]);
    expect(problemsOf("")).toEqual([[1, "", "", "the file is empty"]]);
  });
});
