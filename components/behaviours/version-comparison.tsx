import type { FieldComparison } from "@/lib/behaviours/rules/compare-versions";

/** Two versions side by side, removed words struck through on the left and added words marked on the right. */
export function VersionComparison({ fields, from, to }: { fields: FieldComparison[]; from: number; to: number }) {
  return (
    <div className="compare" data-testid="version-comparison">
      {(["before", "after"] as const).map((side) => (
        <div key={side}>
          <h3 style={{ fontSize: "1rem" }}>Version {side === "before" ? from : to}</h3>
          {fields.map((field) => (
            <div key={field.field} className="compare-field">
              <h3>
                {field.label}
                {field.changed ? "" : " (unchanged)"}
              </h3>
              <div>
                {field[side].map((part, i) =>
                  part.change === "removed" ? (
                    <del key={i}>{part.text}</del>
                  ) : part.change === "added" ? (
                    <ins key={i}>{part.text}</ins>
                  ) : (
                    <span key={i}>{part.text}</span>
                  ),
                )}
                {field[side].length === 0 && <span className="muted">—</span>}
              </div>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
