import { explainedFinding, type Finding } from "./finding";
import { behaviourSubject, kpiMeasures, kpiSubject, roleOfBehaviour, type ModelIndex } from "./model-index";
import { quote, who } from "./wording";

/**
 * F2 — KPI cross-pressure: one finding per (approved behaviour, supporting KPI, obstructing KPI). Says
 * whether the behaviour's role is measured by both (pulled two ways) and whether the KPIs belong to
 * different departments (a silo conflict).
 */
export function findKpiCrossPressure(index: ModelIndex): Finding[] {
  const { kpis, behaviours } = index.model;
  // Departments by number, so comparing two KPIs' departments compares integers.
  const departmentNumber = new Map<string, number>();
  const kpiDepartment = new Int32Array(kpis.length);
  for (let k = 0; k < kpis.length; k++) {
    const key = kpis[k]!.department;
    let d = departmentNumber.get(key);
    if (d === undefined) departmentNumber.set(key, (d = departmentNumber.size));
    kpiDepartment[k] = d;
  }
  const measures = (k: number, b: number) => kpiMeasures(index, k, index.behaviourRole[b]!);
  const explain = (b: number, s: number, o: number) => {
    const behaviour = behaviours[b]!;
    const role = roleOfBehaviour(index, b);
    return (
      `${kpis[s]!.name} rewards ${quote(behaviour.action)} while ${kpis[o]!.name} punishes it (${who(role)}).` +
      (measures(s, b) && measures(o, b)
        ? ` ${role?.name ?? "This role"} is measured by both, so people are pulled two ways at once.`
        : "") +
      (kpiDepartment[s] !== kpiDepartment[o]
        ? " The two KPIs belong to different departments: a conflict between silos that neither can settle alone."
        : "")
    );
  };
  // The supporting and obstructing KPIs of one behaviour, and whether each measures the behaviour's role.
  let supporting = new Int32Array(16);
  let obstructing = new Int32Array(16);
  let obstructingMeasures = new Uint8Array(16);
  const findings: Finding[] = [];
  for (const b of index.approved) {
    if (!index.obstructed[b] || !index.supported[b]) continue;
    const start = index.rowStart[b]!;
    const end = index.rowStart[b + 1]!;
    if (end - start > supporting.length) {
      supporting = new Int32Array(2 * (end - start));
      obstructing = new Int32Array(2 * (end - start));
      obstructingMeasures = new Uint8Array(2 * (end - start));
    }
    let supportCount = 0;
    let obstructCount = 0;
    for (let r = start; r < end; r++) {
      const source = index.rowSource[r]!;
      if (source >= index.kpiCount) continue;
      if (index.rowObstructs[r]) {
        obstructingMeasures[obstructCount] = measures(source, b) ? 1 : 0;
        obstructing[obstructCount++] = source;
      } else supporting[supportCount++] = source;
    }
    if (supportCount === 0 || obstructCount === 0) continue;
    const behaviour = behaviourSubject(index, b);
    for (let x = 0; x < supportCount; x++) {
      const s = supporting[x]!;
      const supportMeasures = measures(s, b);
      const supportKpi = kpiSubject(index, s);
      for (let y = 0; y < obstructCount; y++) {
        const o = obstructing[y]!;
        const obstructKpi = kpiSubject(index, o);
        findings.push(
          explainedFinding("F2", "high", [behaviour, supportKpi, obstructKpi], explain, b, s, o, {
            sameRole: supportMeasures && obstructingMeasures[y] === 1,
            crossSilo: kpiDepartment[s] !== kpiDepartment[o],
            supportingKpi: supportKpi.key,
            obstructingKpi: obstructKpi.key,
          }),
        );
      }
    }
  }
  return findings;
}
