/**
 * Responses gathered elsewhere (DESIGN §7): a header `department,role,level,<item key>…`, one row per
 * respondent; answers 1–5, empty or DK for don't know; level one of leader, manager, frontline. Every
 * problem is reported by line and column; a file with any problem is refused whole. Pure.
 */
import Papa from "papaparse";
import type { Instrument } from "./instrument-schema";
import { LEVELS, type DiagnosticResponse, type Level } from "./scoring";

export type ResponsesCsvError = { line: number; column: string; message: string };
export type ResponsesCsvResult = { ok: true; responses: DiagnosticResponse[] } | { ok: false; errors: ResponsesCsvError[] };

export const MAX_REPORTED_CSV_ERRORS = 200;

export function parseResponsesCsv(text: string, instrument: Instrument): ResponsesCsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const errors: ResponsesCsvError[] = parsed.errors.map((e) => ({ line: (e.row ?? 0) + 1, column: "", message: e.message }));
  const [header, ...rows] = parsed.data;
  if (!header) return { ok: false, errors: [{ line: 1, column: "", message: "the file is empty" }] };
  const columns = header.map((h) => h.trim());
  const expected = ["department", "role", "level"];
  expected.forEach((name, i) => {
    if (columns[i] !== name) errors.push({ line: 1, column: name, message: `column ${i + 1} must be "${name}"` });
  });
  const itemKeys = new Set(instrument.items.map((i) => i.key));
  const answerColumns = columns.slice(3);
  answerColumns.forEach((key, i) => {
    if (!itemKeys.has(key)) errors.push({ line: 1, column: key || `column ${i + 4}`, message: `no statement with key "${key}" in the instrument` });
  });
  if (new Set(answerColumns).size !== answerColumns.length) errors.push({ line: 1, column: "", message: "a statement appears twice in the header" });
  if (errors.length) return { ok: false, errors };

  const responses: DiagnosticResponse[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    if (row.length !== columns.length) {
      errors.push({ line, column: "", message: `expected ${columns.length} values, found ${row.length}` });
      return;
    }
    const [department, role, levelText] = row.map((cell) => cell.trim());
    const level = levelText?.toLowerCase();
    if (level && !LEVELS.includes(level as Level)) errors.push({ line, column: "level", message: `"${levelText}" is not one of leader, manager, frontline` });
    const answers: Record<string, number | null> = {};
    answerColumns.forEach((key, i) => {
      const cell = (row[i + 3] ?? "").trim();
      if (cell === "" || cell.toUpperCase() === "DK") {
        if (cell !== "") answers[key] = null;
        return;
      }
      const value = Number(cell);
      if (!Number.isInteger(value) || value < 1 || value > 5) errors.push({ line, column: key, message: `"${cell}" is not an answer from 1 to 5, empty or DK` });
      else answers[key] = value;
    });
    responses.push({ ...(department ? { department } : {}), ...(role ? { role } : {}), ...(level ? { level: level as Level } : {}), answers });
  });
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_REPORTED_CSV_ERRORS) } : { ok: true, responses };
}
