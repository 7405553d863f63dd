import { explainedFinding, type Finding } from "./finding";
import { behaviourSubject, roleOfBehaviour, sharedFacts, type ModelIndex } from "./model-index";
import { behaviourPhrase } from "./wording";

/** F5 — an approved behaviour nothing supports: medium; high if something also obstructs it. */
export function findUnsupportedBehaviours(index: ModelIndex): Finding[] {
  const facts = sharedFacts((bits) => ({ obstructed: bits === 1 }), 2);
  const explain = (b: number) => {
    const phrase = behaviourPhrase(index.model.behaviours[b]!, roleOfBehaviour(index, b));
    return index.obstructed[b]
      ? `Nothing helps ${phrase} — and something works against it. People are on their own, against the system.`
      : `No KPI, process or system helps ${phrase}. It relies on goodwill alone.`;
  };
  const findings: Finding[] = [];
  for (const b of index.approved) {
    if (index.supported[b]) continue;
    const obstructed = index.obstructed[b] === 1;
    findings.push(
      explainedFinding(
        "F5",
        obstructed ? "high" : "medium",
        [behaviourSubject(index, b)],
        explain,
        b,
        0,
        0,
        facts[obstructed ? 1 : 0],
      ),
    );
  }
  return findings;
}
