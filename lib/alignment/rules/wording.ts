/** Plain-language pieces the findings' explanations are written from. */
import type { Behaviour, Role } from "@/lib/model/model-schema";

export function quote(text: string, max = 120): string {
  const trimmed = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return `“${trimmed}”`;
}

export function who(role: Role | undefined): string {
  if (!role) return "the people in this role";
  return `${role.name} (${role.customerFacing ? "customer-facing" : "back-office"})`;
}

export function behaviourPhrase(behaviour: Behaviour, role: Role | undefined): string {
  return `${who(role)}: ${quote(behaviour.action)}`;
}

/** The rationale as a closing sentence; nothing at all (never a bare "Why:") when none was given. */
export function because(why: string | null | undefined): string {
  const text = why?.trim();
  return text ? ` Why: ${text.replace(/\.?$/, ".")}` : "";
}

/** Names joined as a person would list them: "A", "A and B", "A, B and C". */
export function listed(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
