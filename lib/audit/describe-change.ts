/**
 * Turns an audit event's before/after into readable lines ("role: viewer → executive"), listing only
 * the fields that changed (all fields when something was created or removed).
 */
import { ROLE_LABELS, type MemberRole } from "@/lib/access/roles";

type Snapshot = Record<string, unknown> | null | undefined;

function show(value: unknown, key?: string): string {
  if (key === "role" && typeof value === "string" && value in ROLE_LABELS) return ROLE_LABELS[value as MemberRole];
  if (value === undefined || value === null) return "—";
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map((item) => show(item)).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

export function describeChange(before: unknown, after: unknown): string[] {
  const from = (before && typeof before === "object" ? before : null) as Snapshot;
  const to = (after && typeof after === "object" ? after : null) as Snapshot;
  const keys = [...new Set([...Object.keys(from ?? {}), ...Object.keys(to ?? {})])];
  return keys.flatMap((key) => {
    const a = from?.[key];
    const b = to?.[key];
    if (from && to) return JSON.stringify(a) === JSON.stringify(b) ? [] : [`${key}: ${show(a, key)} → ${show(b, key)}`];
    return [`${key}: ${show(from ? a : b, key)}`];
  });
}
