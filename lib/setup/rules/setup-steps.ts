/**
 * A new organisation's way from nothing to its first wave (DESIGN §3): the steps in the order they build on
 * each other, each done or not from what the organisation holds. Pure.
 */

export type SetupCounts = {
  stages: number;
  roles: number;
  touchpoints: number;
  approvedBehaviours: number;
  kpis: number;
  influences: number;
  /** Waves that have opened (open or closed), not drafts. */
  wavesOpened: number;
};

export type SetupStep = { id: keyof SetupCounts; title: string; why: string; path: string; done: boolean };

const STEPS: Omit<SetupStep, "done">[] = [
  {
    id: "stages",
    title: "Name the stages of the customer lifecycle",
    why: "Everything else is placed on them.",
    path: "/model/setup",
  },
  { id: "roles", title: "Add departments and their roles", why: "Behaviours belong to roles.", path: "/model/setup" },
  {
    id: "touchpoints",
    title: "Mark where each role meets the lifecycle",
    why: "A role touching a stage with no behaviour is a blind spot.",
    path: "/model/setup",
  },
  {
    id: "approvedBehaviours",
    title: "Write and approve what great looks like",
    why: "The behaviours the rest is checked against.",
    path: "/model",
  },
  { id: "kpis", title: "List the KPIs", why: "What people are measured on.", path: "/inventory" },
  {
    id: "influences",
    title: "Map how KPIs influence the behaviours",
    why: "Where metrics work against what great looks like becomes findings.",
    path: "/inventory/map",
  },
  {
    id: "wavesOpened",
    title: "Open the first wave of the 3P diagnostic",
    why: "What people in the organisation say it is like.",
    path: "/diagnostic",
  },
];

export function setupSteps(counts: SetupCounts): SetupStep[] {
  return STEPS.map((step) => ({ ...step, done: counts[step.id] > 0 }));
}
