/** Small models for the rule tests: a base organisation, changed only where a test needs it. */
import type { ModelDocument } from "@/lib/model/model-schema";

export function baseModel(): ModelDocument {
  return {
    format: "throughline.model/1",
    organisation: { name: "Test Co" },
    departments: [
      { key: "service", name: "Customer service" },
      { key: "contact", name: "Contact centre", parent: "service" },
      { key: "finance", name: "Finance" },
    ],
    roles: [
      { key: "agent", name: "Agent", department: "contact", customerFacing: true },
      { key: "clerk", name: "Accounts clerk", department: "finance", customerFacing: false },
    ],
    stages: [
      { key: "help", name: "Get help" },
      { key: "pay", name: "Pay" },
    ],
    touchpoints: [],
    objectives: [],
    behaviours: [
      {
        key: "solve",
        role: "agent",
        stage: "help",
        action: "Stays with the customer until the problem is solved",
        status: "approved",
      },
      {
        key: "explain",
        role: "clerk",
        stage: "pay",
        action: "Explains every line of the invoice in plain words",
        status: "approved",
      },
    ],
    kpis: [],
    processes: [],
    systems: [],
    influences: [],
  };
}

type KpiOverrides = Partial<ModelDocument["kpis"][number]> & { key: string };

export function kpi(overrides: KpiOverrides): ModelDocument["kpis"][number] {
  return {
    name: overrides.key.toUpperCase(),
    direction: "higher",
    department: "contact",
    payLinked: false,
    horizon: "long",
    category: "operational",
    ...overrides,
  };
}

export function influence(
  from: string,
  to: string,
  effect: "supports" | "obstructs",
  strength = 2,
): ModelDocument["influences"][number] {
  return { from, to, effect, strength };
}
