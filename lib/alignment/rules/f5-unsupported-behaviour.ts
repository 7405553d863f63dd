import { makeFinding, type Finding } from "../finding";
import type { ModelIndex } from "../model-index";
import { behaviourPhrase } from "../wording";

/** F5 — an approved behaviour nothing supports: medium; high if something also obstructs it. */
export function findUnsupportedBehaviours(index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  for (const behaviour of index.approved) {
    const influences = index.influencesOn.get(behaviour.key) ?? [];
    if (influences.some((i) => i.effect === "supports")) continue;
    const obstructed = influences.some((i) => i.effect === "obstructs");
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
