/**
 * A wave's people list (DESIGN §4.4): a CSV exported from HR with the columns email, department, role,
 * level and language (header names in any case, in any order, other columns ignored). Departments and
 * roles may be given by key or by name. The file is checked whole, in one pass: every problem is listed
 * with its physical line, column, the value found and what was expected; a file with any problem is
 * refused whole. Pure.
 */
import { readCsvRecords } from "@/lib/csv/read-csv-records";
import { LEVELS, type Level } from "@/lib/diagnostic/rules/scoring";
import { MAIL_LANGUAGES, type MailLanguage } from "./mail-languages";

export type PeopleCsvProblem = { line: number; column: string; value: string; message: string };

export type Person = {
  line: number;
  email: string;
  department: string | null;
  role: string | null;
  level: Level | null;
  language: MailLanguage;
};

export type PeopleCsvResult =
  { ok: true; people: Person[] } | { ok: false; problems: PeopleCsvProblem[]; total: number };

/** What the organisation's model and the wave allow. Empty audience lists mean everyone. */
export type PeopleContext = {
  departments: readonly { key: string; name: string }[];
  roles: readonly { key: string; name: string; department: string }[];
  audience: { departments: readonly string[]; roles: readonly string[] };
};

export const MAX_REPORTED_PEOPLE_PROBLEMS = 200;
const COLUMNS = ["email", "department", "role", "level", "language"] as const;
type Column = (typeof COLUMNS)[number];

// Deliberately plain: one @, no spaces, a dot in the domain. The mail server has the last word.
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

/** Looks names up without regard to case or surrounding spaces, remembering when a name is ambiguous. */
function index<T>(entries: readonly T[], keyOf: (entry: T) => string, nameOf: (entry: T) => string) {
  const byKey = new Map(entries.map((e) => [keyOf(e), e]));
  const byName = new Map<string, T[]>();
  for (const entry of entries) {
    const name = nameOf(entry).trim().toLowerCase();
    byName.set(name, [...(byName.get(name) ?? []), entry]);
  }
  return (value: string): T[] => {
    const exact = byKey.get(value);
    return exact ? [exact] : (byName.get(value.toLowerCase()) ?? []);
  };
}

export function parsePeopleCsv(text: string, context: PeopleContext): PeopleCsvResult {
  const { records, problems: syntax } = readCsvRecords(text);
  const problems: PeopleCsvProblem[] = syntax.map((p) => ({ line: p.line, column: "", value: "", message: p.message }));
  const [header, ...rows] = records;
  if (!header) return refused([{ line: 1, column: "", value: "", message: "the file is empty" }]);
  const position = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const name = cell.trim().toLowerCase() as Column;
    if (!COLUMNS.includes(name)) return;
    if (position.has(name))
      problems.push({
        line: header.line,
        column: name,
        value: cell,
        message: `the column "${name}" appears twice in the header`,
      });
    else position.set(name, i);
  });
  if (!position.has("email")) {
    problems.push({
      line: header.line,
      column: "email",
      value: header.cells.join(","),
      message: `no "email" column in the header (expected the columns ${COLUMNS.join(", ")}; only email is required)`,
    });
    return refused(problems);
  }

  const departmentsNamed = index(
    context.departments,
    (d) => d.key,
    (d) => d.name,
  );
  const rolesNamed = index(
    context.roles,
    (r) => r.key,
    (r) => r.name,
  );
  const departmentName = new Map(context.departments.map((d) => [d.key, d.name]));
  const audienceDepartments = new Set(context.audience.departments);
  const audienceRoles = new Set(context.audience.roles);
  const firstLineOf = new Map<string, number>();
  const people: Person[] = [];

  for (const { line, cells } of rows) {
    const cell = (column: Column) => {
      const i = position.get(column);
      return i === undefined ? "" : (cells[i] ?? "").trim();
    };
    const problem = (column: Column, value: string, message: string) => problems.push({ line, column, value, message });
    const before = problems.length;

    const emailText = cell("email");
    const email = emailText.toLowerCase();
    if (!emailText) problem("email", "", "an email address is required");
    else if (!EMAIL.test(emailText)) problem("email", emailText, "expected an email address such as ana@example.com");
    else if (firstLineOf.has(email))
      problem("email", emailText, `this address is already on line ${firstLineOf.get(email)}`);
    else firstLineOf.set(email, line);

    const departmentText = cell("department");
    let department: string | null = null;
    if (departmentText) {
      const found = departmentsNamed(departmentText);
      if (found.length === 1) department = found[0]!.key;
      else if (found.length > 1)
        problem("department", departmentText, "more than one department has this name; give its key instead");
      else problem("department", departmentText, "no department with this key or name");
    }

    const roleText = cell("role");
    let role: string | null = null;
    if (roleText) {
      const found = rolesNamed(roleText);
      // Role names may repeat across departments: the row's department decides between them.
      const inDepartment = department ? found.filter((r) => r.department === department) : found;
      if (inDepartment.length === 1) {
        role = inDepartment[0]!.key;
        department = inDepartment[0]!.department;
      } else if (found.length === 0) problem("role", roleText, "no role with this key or name");
      else if (inDepartment.length === 0 && department)
        problem(
          "role",
          roleText,
          `this role is not in the department "${departmentName.get(department) ?? department}" (it is in ${[
            ...new Set(found.map((r) => `"${departmentName.get(r.department) ?? r.department}"`)),
          ].join(", ")})`,
        );
      else if (departmentText && !department) {
        // The department is already reported; one problem per cause.
      } else problem("role", roleText, "more than one role has this name; give its department or its key");
    }

    const levelText = cell("level");
    const level = levelText ? (levelText.toLowerCase() as Level) : null;
    if (level && !LEVELS.includes(level)) problem("level", levelText, `expected one of ${LEVELS.join(", ")}`);

    const languageText = cell("language");
    const language = (languageText ? languageText.toLowerCase() : "en") as MailLanguage;
    if (!MAIL_LANGUAGES.includes(language))
      problem("language", languageText, `expected one of ${MAIL_LANGUAGES.join(", ")}, or empty for English`);

    if (department && audienceDepartments.size && !audienceDepartments.has(department))
      problem(
        "department",
        departmentText,
        "this department is not in the wave's audience (its invitations would be refused)",
      );
    if (role && audienceRoles.size && !audienceRoles.has(role))
      problem("role", roleText, "this role is not in the wave's audience (its invitations would be refused)");

    if (problems.length === before) people.push({ line, email, department, role, level, language });
  }
  if (rows.length === 0) problems.push({ line: header.line, column: "", value: "", message: "the list has no people" });
  return problems.length ? refused(problems) : { ok: true, people };
}

function refused(problems: PeopleCsvProblem[]): PeopleCsvResult {
  const sorted = problems.sort((a, b) => a.line - b.line);
  return { ok: false, problems: sorted.slice(0, MAX_REPORTED_PEOPLE_PROBLEMS), total: sorted.length };
}
