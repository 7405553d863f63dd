"use client";

import type { Kpi } from "@/lib/model/model-schema";

type KpiKind = Pick<Kpi, "direction" | "horizon" | "category">;

/**
 * A KPI's direction, horizon and category, in the words the inventory uses: the inventory's KPI form and a
 * scenario's new KPI ask them alike. `idPrefix` makes the fields' ids (`<prefix>-direction`, …).
 */
export function KpiKindFields({
  idPrefix,
  value,
  onChange,
}: {
  idPrefix: string;
  value: KpiKind;
  onChange: (change: Partial<KpiKind>) => void;
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-direction`}>Direction</label>
        <select
          id={`${idPrefix}-direction`}
          value={value.direction}
          onChange={(e) => onChange({ direction: e.target.value as KpiKind["direction"] })}
        >
          <option value="higher">Higher is better</option>
          <option value="lower">Lower is better</option>
          <option value="band">Within a target band</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-horizon`}>Horizon</label>
        <select
          id={`${idPrefix}-horizon`}
          value={value.horizon}
          onChange={(e) => onChange({ horizon: e.target.value as KpiKind["horizon"] })}
        >
          <option value="short">Short-term</option>
          <option value="long">Long-term</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-category`}>Category</label>
        <select
          id={`${idPrefix}-category`}
          value={value.category}
          onChange={(e) => onChange({ category: e.target.value as KpiKind["category"] })}
        >
          <option value="financial">Financial</option>
          <option value="operational">Operational</option>
          <option value="customer">Customer</option>
          <option value="employee">Employee</option>
        </select>
      </div>
    </>
  );
}
