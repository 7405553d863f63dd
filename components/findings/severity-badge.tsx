import type { Severity } from "@/lib/alignment/rules/finding";

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`severity ${severity}`}>{severity}</span>;
}
