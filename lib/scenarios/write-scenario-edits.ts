/**
 * Writes a scenario's edits to the stored model, in order, inside the caller's transaction. The caller has
 * checked that they fit the model as it is (`applyScenario`), so each edit here only finds its rows by key.
 */
import type { DbTx } from "@/lib/db/types";
import { kpiLinkEffectToDb, parseInfluenceSource } from "@/lib/model/rules/references";
import type { ScenarioEdit } from "./rules/scenario-schema";

async function idsByKey(rows: Promise<{ id: string; key: string }[]>): Promise<Map<string, string>> {
  return new Map((await rows).map((row) => [row.key, row.id]));
}

export async function writeScenarioEdits(tx: DbTx, organisationId: string, edits: readonly ScenarioEdit[]) {
  const where = { organisationId };
  const select = { id: true, key: true } as const;
  const [kpis, behaviours, processes, systems, departments, roles] = await Promise.all([
    idsByKey(tx.kpi.findMany({ where, select })),
    idsByKey(tx.behaviour.findMany({ where, select })),
    idsByKey(tx.process.findMany({ where, select })),
    idsByKey(tx.system.findMany({ where, select })),
    idsByKey(tx.department.findMany({ where, select })),
    idsByKey(tx.role.findMany({ where, select })),
  ]);
  const kpi = (key: string) => kpis.get(key)!;
  const source = (ref: string) => {
    const { kind, key } = parseInfluenceSource(ref);
    const id = (kind === "kpi" ? kpis : kind === "process" ? processes : systems).get(key)!;
    return { kind, id, source: `${kind}:${id}` };
  };

  for (const edit of edits) {
    switch (edit.edit) {
      case "dropPayLink":
      case "addPayLink":
        await tx.kpi.update({ where: { id: kpi(edit.kpi) }, data: { payLinked: edit.edit === "addPayLink" } });
        break;
      case "removeKpi":
        // Its influences, counters, links and readings go by the foreign keys' cascade.
        await tx.kpi.delete({ where: { id: kpi(edit.kpi) } });
        kpis.delete(edit.kpi);
        break;
      case "addKpi": {
        const { key, name, definition, unit, direction, department, measuredRoles, payLinked, horizon, category } =
          edit.kpi;
        const created = await tx.kpi.create({
          data: {
            organisationId,
            key,
            name,
            definition: definition ?? null,
            unit: unit ?? null,
            direction,
            departmentId: departments.get(department)!,
            payLinked,
            horizon,
            category,
            measuredRoles: { create: [...new Set(measuredRoles ?? [])].map((role) => ({ roleId: roles.get(role)! })) },
          },
        });
        kpis.set(key, created.id);
        for (const counter of edit.kpi.counters ?? [])
          await tx.kpiCounter.create({ data: { kpiId: created.id, counterId: kpi(counter) } });
        break;
      }
      case "addCounter":
        await tx.kpiCounter.create({ data: { kpiId: kpi(edit.kpi), counterId: kpi(edit.counter) } });
        break;
      case "removeCounter":
        await tx.kpiCounter.delete({
          where: { kpiId_counterId: { kpiId: kpi(edit.kpi), counterId: kpi(edit.counter) } },
        });
        break;
      case "setInfluence": {
        const from = source(edit.from);
        const behaviourId = behaviours.get(edit.to)!;
        const data = { effect: edit.effect, strength: edit.strength, ...(edit.why ? { why: edit.why } : {}) };
        await tx.influence.upsert({
          where: { behaviourId_source: { behaviourId, source: from.source } },
          create: {
            organisationId,
            behaviourId,
            source: from.source,
            kpiId: from.kind === "kpi" ? from.id : null,
            processId: from.kind === "process" ? from.id : null,
            systemId: from.kind === "system" ? from.id : null,
            ...data,
          },
          update: data,
        });
        break;
      }
      case "removeInfluence":
        await tx.influence.delete({
          where: { behaviourId_source: { behaviourId: behaviours.get(edit.to)!, source: source(edit.from).source } },
        });
        break;
      case "setKpiLink": {
        const ends = { fromId: kpi(edit.from), toId: kpi(edit.to) };
        const effect = kpiLinkEffectToDb(edit.effect);
        await tx.kpiLink.upsert({
          where: { fromId_toId: ends },
          create: { organisationId, ...ends, effect },
          update: { effect },
        });
        break;
      }
      case "removeKpiLink":
        await tx.kpiLink.delete({ where: { fromId_toId: { fromId: kpi(edit.from), toId: kpi(edit.to) } } });
        break;
    }
  }
}
