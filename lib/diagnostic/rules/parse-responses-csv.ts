/**
 * Responses gathered elsewhere (DESIGN §7): a header `department,role,level,<item key>…`, one row per
 * respondent; answers 1–5, empty or DK for don't know; level one of leader, manager, frontline. Every
 * problem of the file is reported at once, by its physical line and column with the value found; a file
 * with any problem is refused whole. Pure.
 */
import { readCsvRecords } from "@/lib/csv/read-csv-records";
import type { Instrument } from "@/lib/diagnostic/instrument-schema";
import { LEVELS, type DiagnosticResponse, type Level } from "./scoring";

export type ResponsesCsvError = { line: number; column: string; message: string };
export type ResponsesCsvResult =
  { ok: true; responses: DiagnosticResponse[] } | { ok: false; errors: ResponsesCsvError[] };

export const MAX_REPORTED_CSV_ERRORS = 200;

/** The organisation's departments and roles, when known: keys are checked against them. */
export type KnownSegments = { departments: readonly string[]; roles: readonly { key: string; department: string }[] };

/**
 * Without known segments (the command line), a role must appear with one department throughout, so
 * roles nest inside departments as results require.
 */
export function parseResponsesCsv(text: string, instrument: Instrument, known?: KnownSegments): ResponsesCsvResult {
  const { records, problems } = readCsvRecords(text);
  const errors: ResponsesCsvError[] = problems.map((p) => ({ line: p.line, column: "", message: p.message }));
  const [headerRecord, ...rows] = records;
  if (!headerRecord) return { ok: false, errors: [{ line: 1, column: "", message: "the file is empty" }] };
  const headerLine = headerRecord.line;
  const columns = headerRecord.cells.map((h) => h.trim());
  const expected = ["department", "role", "level"];
  const misplaced = expected.filter((name, i) => columns[i] !== name);
  expected.forEach((name, i) => {
    if (columns[i] !== name)
      errors.push({
        line: headerLine,
        column: name,
        message: `column ${i + 1} must be "${name}"${columns[i] ? ` (found "${columns[i]}")` : ""}`,
      });
  });
  const itemKeys = new Set(instrument.items.map((i) => i.key));
  const answerColumns = columns.slice(3);
  answerColumns.forEach((key, i) => {
    if (!itemKeys.has(key))
      errors.push({
        line: headerLine,
        column: key || `column ${i + 4}`,
        message: `no statement with key "${key}" in the instrument`,
      });
  });
  const repeated = answerColumns.filter((key, i) => answerColumns.indexOf(key) !== i);
  if (repeated.length)
    errors.push({
      line: headerLine,
      column: repeated[0]!,
      message: `the statement "${repeated[0]}" appears twice in the header`,
    });
  // Without department, role and level where they belong, no row can be read: say so once.
  if (misplaced.length) {
    if (rows.length)
      errors.push({
        line: headerLine,
        column: "",
        message: `the ${rows.length === 1 ? "row was" : `${rows.length} rows were`} not checked: fix the header first`,
      });
    return { ok: false, errors: byLine(errors).slice(0, MAX_REPORTED_CSV_ERRORS) };
  }

  const responses: DiagnosticResponse[] = [];
  const departments = known ? new Set(known.departments) : null;
  const roleDepartment = new Map(known?.roles.map((r) => [r.key, { department: r.department, line: 0 }]));
  rows.forEach(({ line, cells: row }) => {
    if (row.length !== columns.length) {
      errors.push({ line, column: "", message: `expected ${columns.length} values, found ${row.length}` });
      return;
    }
    const [department, role, levelText] = row.map((cell) => cell.trim());
    const level = levelText?.toLowerCase();
    if (department && departments && !departments.has(department))
      errors.push({ line, column: "department", message: `no department with key "${department}"` });
    if (role) {
      const seen = roleDepartment.get(role);
      if (!seen && known) errors.push({ line, column: "role", message: `no role with key "${role}"` });
      else if (seen && department && seen.department !== department)
        errors.push({
          line,
          column: "role",
          message: seen.line
            ? `the role "${role}" is in the department "${seen.department}" on line ${seen.line}`
            : `the role "${role}" belongs to the department "${seen.department}"`,
        });
      else if (!seen && department) roleDepartment.set(role, { department, line });
    }
    if (level && !LEVELS.includes(level as Level))
      errors.push({ line, column: "level", message: `"${levelText}" is not one of leader, manager, frontline` });
    const answers: Record<string, number | null> = {};
    answerColumns.forEach((key, i) => {
      const cell = (row[i + 3] ?? "").trim();
      if (cell === "" || cell.toUpperCase() === "DK") {
        if (cell !== "") answers[key] = null;
        return;
      }
      const value = Number(cell);
      if (!Number.isInteger(value) || value < 1 || value > 5)
        errors.push({ line, column: key, message: `"${cell}" is not an answer from 1 to 5, empty or DK` });
      else answers[key] = value;
    });
    responses.push({
      ...(department ? { department } : {}),
      ...(role ? { role } : {}),
      ...(level ? { level: level as Level } : {}),
      answers,
    });
  });
  return errors.length
    ? { ok: false, errors: byLine(errors).slice(0, MAX_REPORTED_CSV_ERRORS) }
    : { ok: true, responses };
}

const byLine = (errors: ResponsesCsvError[]) => errors.sort((a, b) => a.line - b.line);
