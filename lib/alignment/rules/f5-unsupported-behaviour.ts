import { makeFinding, type Finding } from "./finding";
import { behaviourAt, type ModelIndex } from "./model-index";
import { behaviourPhrase } from "./wording";

/** F5 — an approved behaviour nothing supports: medium; high if something also obstructs it. */
export function findUnsupportedBehaviours(index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  for (const b of index.approved) {
    if (index.supported[b]) continue;
    const obstructed = index.obstructed[b] === 1;
    const behaviour = behaviourAt(index, b);
    const role = index.roles.get(behaviour.role);
    findings.push(
      makeFinding(
        "F5",
        obstructed ? "high" : "medium",
        [{ kind: "behaviour", key: behaviour.key }],
        () =>
          obstructed
            ? `Nothing helps ${behaviourPhrase(behaviour, role)} — and something works against it. People are on their own, against the system.`
            : `No KPI, process or system helps ${behaviourPhrase(behaviour, role)}. It relies on goodwill alone.`,
        { obstructed },
      ),
    );
  }
  return findings;
}
