import { INDUSTRIES, INDUSTRY_NAMES, type Industry } from "@/lib/setup/rules/industries";

/** The industries with templates, "any other" last: the choice that decides the stages and words offered. */
export function IndustrySelect({
  id,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  value: Industry;
  onChange: (industry: Industry) => void;
  describedBy?: string;
}) {
  return (
    <select
      id={id}
      value={value}
      aria-describedby={describedBy}
      onChange={(event) => onChange(event.target.value as Industry)}
    >
      {INDUSTRIES.map((industry) => (
        <option key={industry} value={industry}>
          {INDUSTRY_NAMES[industry]}
        </option>
      ))}
    </select>
  );
}
