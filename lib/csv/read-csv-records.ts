/**
 * The records of an imported CSV, each with the physical line of the file it starts on: a blank line or
 * a quoted line break before a record moves every later record down, so a record's index is not its
 * line. Blank records (all cells empty or spaces) are left out. Pure; never throws.
 */
import Papa from "papaparse";

export type CsvRecord = { line: number; cells: string[] };
export type CsvSyntaxProblem = { line: number; message: string };

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

export function readCsvRecords(text: string): { records: CsvRecord[]; problems: CsvSyntaxProblem[] } {
  const source = text.replace(/^\uFEFF/, "");
  const starts = lineStarts(source);
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  let start = 0; // papaparse's cursor after a record is where the next one starts
  Papa.parse<string[]>(source, {
    step: (result) => {
      const line = lineAt(starts, start);
      start = result.meta.cursor;
      // A file with one column has no delimiter to find; a comma is then right.
      for (const error of result.errors)
        if (error.code !== "UndetectableDelimiter") problems.push({ line, message: plainSyntaxMessage(error) });
      if (result.data.some((cell) => cell.trim() !== "")) records.push({ line, cells: result.data });
    },
  });
  return { records, problems };
}

function plainSyntaxMessage(error: Papa.ParseError): string {
  if (error.code === "MissingQuotes") return 'a quoted value is not closed (a " is missing)';
  if (error.code === "InvalidQuotes") return "a quote mark inside a value that is not quoted";
  return error.message;
}
