import { makeFinding, type Finding } from "./finding";
import type { ModelIndex } from "./model-index";

export const TRAINED_SHARE_THRESHOLD = 0.6;

/**
 * F8 — a system that supports an approved behaviour while its users are under 60 % trained, or its
 * people spend is below its technology spend (each only when known). Practitioners' rule of thumb is
 * 2 : 1 people to technology.
 */
export function findTechnologyWithoutPeople(index: ModelIndex): Finding[] {
  // Systems are the last sources: system y is source firstSystem + y.
  const firstSystem = index.sources.length - index.model.systems.length;
  const supports = new Uint8Array(index.sources.length);
  for (const b of index.approved) {
    if (!index.supported[b]) continue;
    for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
      if (!index.rowObstructs[r]) supports[index.rowSource[r]!] = 1;
    }
  }
  const supportingSystems = new Set<string>();
  for (let y = 0; y < index.model.systems.length; y++)
    if (supports[firstSystem + y]) supportingSystems.add(index.model.systems[y]!.key);
  const findings: Finding[] = [];
  for (const system of index.model.systems) {
    if (!supportingSystems.has(system.key)) continue;
    const undertrained = system.trainedShare !== undefined && system.trainedShare < TRAINED_SHARE_THRESHOLD;
    const underinvested =
      system.peopleSpend !== undefined &&
      system.technologySpend !== undefined &&
      system.peopleSpend < system.technologySpend;
    if (!undertrained && !underinvested) continue;
    const reasons = () =>
      [
        undertrained ? `only ${Math.round(system.trainedShare! * 100)} % of its users are trained` : null,
        underinvested
          ? `${MONEY.format(system.peopleSpend!)} goes on people against ${MONEY.format(system.technologySpend!)} on technology (the rule of thumb is 2 : 1 the other way)`
          : null,
      ]
        .filter(Boolean)
        .join(", and ");
    findings.push(
      makeFinding(
        "F8",
        "medium",
        [{ kind: "system", key: system.key }],
        () => `${system.name} is meant to help people serve customers, but ${reasons()}.`,
        {
          undertrained,
          underinvested,
        },
      ),
    );
  }
  return findings;
}

const MONEY = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 });
