/**
 * The command line (DESIGN §7): JSON on stdout, errors on stderr with a non-zero exit.
 *   analyze <model.json>     findings and alignment of a throughline.model/1 file, without a database
 *   validate <model.json>    check a model file; every error with its line and path
 */
import { readFileSync } from "node:fs";
import { analyzeModel } from "../lib/alignment/analyze-model";
import { describeModelError, validateModelText } from "../lib/model/validate-model";

class UsageError extends Error {}

function readModel(file: string | undefined) {
  if (!file) throw new UsageError("missing <model.json>");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const result = validateModelText(text);
  if (!result.ok) {
    throw new Error(`${file} is not a valid throughline.model/1 document:\n${result.errors.map((e) => `  ${describeModelError(e)}`).join("\n")}`);
  }
  return result.model;
}

const commands: Record<string, (args: string[]) => unknown> = {
  analyze([file]) {
    const { findings, alignment } = analyzeModel(readModel(file));
    return {
      findings: findings.map((f) => ({ rule: f.rule, severity: f.severity, subjects: f.subjects.map((s) => s.key), explanation: f.explanation, refs: f.subjects, ...(f.facts ? { facts: f.facts } : {}) })),
      alignment,
    };
  },
  validate([file]) {
    const model = readModel(file);
    return { ok: true, counts: Object.fromEntries(Object.entries(model).filter(([, v]) => Array.isArray(v)).map(([k, v]) => [k, (v as unknown[]).length])) };
  },
};

const USAGE = "usage: npm run throughline -- <command>\n  analyze <model.json>\n  validate <model.json>";

function main(argv: string[]): number {
  const [command, ...args] = argv;
  const run = command ? commands[command] : undefined;
  if (!run) {
    process.stderr.write(`${command ? `unknown command "${command}"\n` : ""}${USAGE}\n`);
    return 2;
  }
  try {
    process.stdout.write(JSON.stringify(run(args), null, 2) + "\n");
    return 0;
  } catch (error) {
    process.stderr.write(`throughline ${command}: ${(error as Error).message}\n${error instanceof UsageError ? USAGE + "\n" : ""}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
