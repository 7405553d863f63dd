import { INDUSTRIES, INDUSTRY_NAMES, type Industry, isIndustry } from "@/lib/setup/rules/industries";

/**
 * The industries with templates, "any other" last: the choice that decides the stages and words offered. With a
 * `placeholder`, nothing is chosen at first (value null).
 */
export function IndustrySelect<Value extends Industry | null>({
  id,
  value,
  onChange,
  describedBy,
  placeholder,
  leaveOut,
}: {
  id: string;
  value: Value;
  onChange: (industry: Industry) => void;
  describedBy?: string;
  placeholder?: string;
  /** An industry not to offer (the organisation's own, where another is asked for). */
  leaveOut?: Industry;
}) {
  return (
    <select
      id={id}
      value={value ?? ""}
      aria-describedby={describedBy}
      onChange={(event) => {
        if (isIndustry(event.target.value)) onChange(event.target.value);
      }}
    >
      {placeholder !== undefined && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      {INDUSTRIES.filter((industry) => industry !== leaveOut).map((industry) => (
        <option key={industry} value={industry}>
          {INDUSTRY_NAMES[industry]}
        </option>
      ))}
    </select>
  );
}
