import type { Severity } from "@/lib/alignment/finding";

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`severity ${severity}`}>{severity}</span>;
}
