/**
 * The command line (DESIGN §7): JSON on stdout, errors on stderr with a non-zero exit.
 *   analyze <model.json>     findings and alignment of a throughline.model/1 file, without a database
 *   validate <model.json>    check a model file; every error with its line and path
 *   score <instrument.json> <responses.csv> [--by department|role|level] [--k N] [--comment-k N]
 *                            the 3P figures (DESIGN §4.1) with anonymity applied
 *   instrument               print the default 3P instrument (throughline.instrument/1)
 *   influence <model.json>   the KPIs ranked by total influence over approved behaviours (DEMATEL)
 *   whatif <model.json> <scenario.json>
 *                            the findings a throughline.scenario/1 file would clear and make appear, and the
 *                            alignment before and after (README, "What-if scenarios")
 */
import { readFileSync } from "node:fs";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { anonymityOptions } from "@/lib/diagnostic/rules/anonymity";
import { DEFAULT_INSTRUMENT } from "../lib/diagnostic/default-instrument";
import { parseResponsesCsv } from "@/lib/diagnostic/rules/parse-responses-csv";
import { scoreResults, type BreakdownField } from "../lib/diagnostic/score-results";
import { validateInstrumentText } from "@/lib/diagnostic/rules/validate-instrument";
import { describeModelError, validateModelText } from "@/lib/model/rules/validate-model";
import type { Finding } from "@/lib/alignment/rules/finding";
import { validateScenarioText } from "@/lib/scenarios/rules/validate-scenario";
import { whatIf } from "@/lib/scenarios/rules/what-if";
import { rankTotalInfluence } from "@/lib/alignment/rules/total-influence";

class UsageError extends Error {}

function readText(file: string | undefined, what: string): string {
  if (!file) throw new UsageError(`missing ${what}`);
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** `--name value` options after the positional arguments. */
function options(args: string[], allowed: string[]): { positional: string[]; named: Record<string, string> } {
  const positional: string[] = [];
  const named: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const name = arg.slice(2);
    if (!allowed.includes(name)) throw new UsageError(`unknown option ${arg}`);
    const value = args[++i];
    if (value === undefined) throw new UsageError(`${arg} needs a value`);
    named[name] = value;
  }
  return { positional, named };
}

function readModel(file: string | undefined) {
  const text = readText(file, "<model.json>");
  const result = validateModelText(text);
  if (!result.ok) {
    throw new Error(
      `${file} is not a valid throughline.model/1 document:\n${result.errors.map((e) => `  ${describeModelError(e)}`).join("\n")}`,
    );
  }
  return result.model;
}

/** A finding as the command line prints it (DESIGN §7): subjects by key, with their kinds in `refs`. */
const printed = (f: Finding) => ({
  rule: f.rule,
  severity: f.severity,
  subjects: f.subjects.map((s) => s.key),
  explanation: f.explanation,
  refs: f.subjects,
  ...(f.facts ? { facts: f.facts } : {}),
});

const commands: Record<string, (args: string[]) => unknown> = {
  score(args) {
    const { positional, named } = options(args, ["by", "k", "comment-k"]);
    const [instrumentFile, responsesFile] = positional;
    const instrument = validateInstrumentText(readText(instrumentFile, "<instrument.json>"));
    if (!instrument.ok)
      throw new Error(
        `${instrumentFile} is not a valid throughline.instrument/1 document:\n${instrument.errors.map((e) => `  ${e.path}: ${e.message}`).join("\n")}`,
      );
    const parsed = parseResponsesCsv(readText(responsesFile, "<responses.csv>"), instrument.instrument);
    if (!parsed.ok)
      throw new Error(
        `${responsesFile} was refused:\n${parsed.errors.map((e) => `  line ${e.line}${e.column ? ` (${e.column})` : ""}: ${e.message}`).join("\n")}`,
      );
    const by = named.by as BreakdownField | undefined;
    if (by && !["department", "role", "level"].includes(by))
      throw new UsageError("--by must be department, role or level");
    let anonymity;
    try {
      const k = named.k === undefined ? undefined : Number(named.k);
      anonymity = anonymityOptions(
        k,
        named["comment-k"] === undefined ? Math.max(k ?? 5, 10) : Number(named["comment-k"]),
      );
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return scoreResults(instrument.instrument, parsed.responses, anonymity, by);
  },
  instrument() {
    return DEFAULT_INSTRUMENT;
  },
  analyze([file]) {
    const { findings, alignment } = analyzeModel(readModel(file));
    return { findings: findings.map(printed), alignment };
  },
  influence([file]) {
    return { kpis: rankTotalInfluence(readModel(file)) };
  },
  whatif([modelFile, scenarioFile]) {
    const model = readModel(modelFile);
    const checked = validateScenarioText(readText(scenarioFile, "<scenario.json>"), model);
    if (!checked.ok)
      throw new Error(
        `${scenarioFile} does not fit ${modelFile}:\n${checked.errors.map((e) => `  ${describeModelError(e)}`).join("\n")}`,
      );
    const result = whatIf(model, checked.scenario.edits);
    if (!result.ok) throw new Error("the scenario does not fit the model"); // checked just above
    return {
      cleared: result.cleared.map(printed),
      appeared: result.appeared.map(printed),
      alignment: result.alignment,
    };
  },
  validate([file]) {
    const model = readModel(file);
    return {
      ok: true,
      counts: Object.fromEntries(
        Object.entries(model)
          .filter(([, v]) => Array.isArray(v))
          .map(([k, v]) => [k, (v as unknown[]).length]),
      ),
    };
  },
};

const USAGE =
  "usage: npm run throughline -- <command>\n  analyze <model.json>\n  validate <model.json>\n  score <instrument.json> <responses.csv> [--by department|role|level] [--k N] [--comment-k N]\n  instrument\n  influence <model.json>\n  whatif <model.json> <scenario.json>";

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
    process.stderr.write(
      `throughline ${command}: ${(error as Error).message}\n${error instanceof UsageError ? USAGE + "\n" : ""}`,
    );
    return error instanceof UsageError ? 2 : 1;
  }
}

process.exitCode = main(process.argv.slice(2));
