/**
 * Turns an audit event's before/after into readable lines ("Role: Viewer → Executive"), listing only the
 * fields that changed (all fields when something was created or removed). The snapshots keep the code's
 * field names (they are evidence and must not change meaning later); the words people read come from here.
 */
import { ROLE_LABELS, type MemberRole } from "@/lib/access/roles";

type Snapshot = Record<string, unknown> | null | undefined;

/** What each stored field is called on screen; a field missing here is spelled out from its name. */
const FIELD_LABELS: Record<string, string> = {
  k: "Anonymity threshold (k)",
  commentK: "Comment threshold",
  opensAt: "Opens",
  closesAt: "Closes",
  audienceDepartments: "Audience departments",
  audienceRoles: "Audience roles",
  sharedLinkMode: "Shared link",
  resultsRelease: "Results released",
  instrument: "Instrument",
  instrumentId: "Instrument",
  payLinked: "Tied to pay",
  measuredRoles: "Measured roles",
  customerFacing: "Customer-facing",
  trainedShare: "Share of people trained",
  peopleSpend: "Spend on people",
  technologySpend: "Spend on technology",
  workEmailDomains: "Work email domains",
  plainer: "Plainer word",
  touches: "Touches",
  finding: "Finding",
  items: "Statements",
  imported: "Responses imported",
  created: "Created",
  updated: "Updated",
};

/** Stored values that are codes, in words. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  sharedLinkMode: { verified: "work email checked", open: "open to anyone with the link" },
  resultsRelease: { after_close: "after the wave closes", snapshots: "in snapshots while open" },
};

/** "trainedShare" → "Trained share": the fallback for a field without a label. */
export function spellField(key: string): string {
  const words = key
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function show(value: unknown, key?: string): string {
  if (key === "role" && typeof value === "string" && value in ROLE_LABELS) return ROLE_LABELS[value as MemberRole];
  if (key && typeof value === "string" && VALUE_LABELS[key]?.[value]) return VALUE_LABELS[key][value]!;
  if (value === undefined || value === null) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map((item) => show(item)).join(", ");
  if (typeof value === "string" && ISO_DATE_TIME.test(value)) {
    const at = new Date(value);
    if (!Number.isNaN(at.getTime()))
      return `${at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
  }
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${(FIELD_LABELS[k] ?? spellField(k)).toLowerCase()} ${show(v, k)}`)
      .join(", ");
  // Status codes such as "in_progress" read as words.
  if (typeof value === "string" && /^[a-z]+(_[a-z]+)+$/.test(value)) return value.replace(/_/g, " ");
  return String(value);
}

export function describeChange(before: unknown, after: unknown): string[] {
  const from = (before && typeof before === "object" ? before : null) as Snapshot;
  const to = (after && typeof after === "object" ? after : null) as Snapshot;
  const keys = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])];
  return keys.flatMap((key) => {
    const label = FIELD_LABELS[key] ?? spellField(key);
    const a = from?.[key];
    const b = to?.[key];
    if (from && to)
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${label}: ${show(a, key)} → ${show(b, key)}`];
    return [`${label}: ${show(from ? a : b, key)}`];
  });
}
