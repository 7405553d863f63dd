"use client";

import { useRef, useState, type KeyboardEvent } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import { TableScroll } from "@/components/ui/table-scroll";

type Effect = "supports" | "obstructs" | "none";
type Chosen = Exclude<Effect, "none">;
const NEXT: Record<Effect, Effect> = { none: "supports", supports: "obstructs", obstructs: "none" };
const LABEL: Record<Effect, string> = { none: "—", supports: "Supports", obstructs: "Obstructs" };
const WORDS: Record<Effect, string> = { none: "no influence", supports: "supports", obstructs: "obstructs" };
const VERB: Record<Chosen, string> = { supports: "support", obstructs: "obstruct" };

type Props = {
  org: string;
  behaviours: { key: string; label: string; editable: boolean }[];
  kpis: { key: string; name: string }[];
  influences: Record<string, Effect>;
  /** The rationale recorded per cell: offered again when the cell's effect is changed. */
  reasons: Record<string, string>;
};

/** An effect chosen for a cell and waiting for its rationale (given or consciously skipped) before it is saved. */
type Pending = { row: number; col: number; effect: Chosen };

/**
 * Behaviours × KPIs as a keyboard grid (one tab stop; arrows, Home/End move; Enter or Space cycles a cell —
 * nothing, supports, obstructs). Choosing an effect asks why before saving; Escape cancels the choice.
 * Cells are never disabled while a save runs (that would drop the keyboard's focus to the page): they say
 * they are busy and ignore presses instead.
 */
export function InfluenceMatrix({ org, behaviours, kpis, influences, reasons: recorded }: Props) {
  const [cells, setCells] = useState(influences);
  const [reasons, setReasons] = useState(recorded);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const [pending, setPending] = useState<Pending | null>(null);
  const [why, setWhy] = useState("");
  const [saving, setSaving] = useState<string | null>(null);
  const grid = useRef<HTMLTableElement>(null);
  const save = useApiAction({
    send: (change: { kpi: string; behaviour: string; effect: Effect; why?: string }) =>
      api.post(`/api/orgs/${org}/influences`, {
        source: `kpi:${change.kpi}`,
        behaviour: change.behaviour,
        effect: change.effect,
        why: change.why,
      }),
    refresh: true,
  });

  const idOf = (row: number, col: number) => `${kpis[col]!.key}>${behaviours[row]!.key}`;
  const effectOf = (row: number, col: number): Effect =>
    pending && pending.row === row && pending.col === col ? pending.effect : (cells[idOf(row, col)] ?? "none");

  function focusCell(row: number, col: number) {
    setActive({ row, col });
    grid.current?.querySelector<HTMLButtonElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus();
  }

  function commit(row: number, col: number, effect: Effect, rationale?: string) {
    const id = idOf(row, col);
    const before = cells[id] ?? "none";
    setCells((current) => ({ ...current, [id]: effect }));
    if (rationale) setReasons((current) => ({ ...current, [id]: rationale }));
    setSaving(id);
    save.run(
      { kpi: kpis[col]!.key, behaviour: behaviours[row]!.key, effect, why: rationale },
      {
        onError: () => {
          setCells((current) => ({ ...current, [id]: before }));
          setSaving(null);
        },
        onSuccess: () => setSaving(null),
      },
    );
  }

  function press(row: number, col: number) {
    if (!behaviours[row]!.editable || save.pending) return;
    if (pending && pending.row === row && pending.col === col) {
      // Pressing the waiting cell again keeps cycling; past "obstructs" it falls back to what is saved.
      const next = NEXT[pending.effect];
      if (next === "none") {
        setPending(null);
        if ((cells[idOf(row, col)] ?? "none") !== "none") commit(row, col, "none");
      } else setPending({ ...pending, effect: next });
      return;
    }
    const next = NEXT[cells[idOf(row, col)] ?? "none"];
    if (next === "none") {
      setPending(null);
      commit(row, col, "none");
      return;
    }
    // The reason already recorded is offered again: changing the effect rarely changes all of the why.
    setWhy(reasons[idOf(row, col)] ?? "");
    setPending({ row, col, effect: next });
  }

  function cancel() {
    if (!pending) return;
    focusCell(pending.row, pending.col);
    setPending(null);
  }

  function confirm() {
    if (!pending) return;
    focusCell(pending.row, pending.col);
    setPending(null);
    commit(pending.row, pending.col, pending.effect, why.trim() || undefined);
  }

  function onCellKey(event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) {
    const lastRow = behaviours.length - 1;
    const lastCol = kpis.length - 1;
    let [r, c] = [row, col];
    switch (event.key) {
      case "ArrowRight":
        c = Math.min(col + 1, lastCol);
        break;
      case "ArrowLeft":
        c = Math.max(col - 1, 0);
        break;
      case "ArrowDown":
        r = Math.min(row + 1, lastRow);
        break;
      case "ArrowUp":
        r = Math.max(row - 1, 0);
        break;
      case "Home":
        c = 0;
        if (event.ctrlKey) r = 0;
        break;
      case "End":
        c = lastCol;
        if (event.ctrlKey) r = lastRow;
        break;
      case "Escape":
        if (pending) {
          event.preventDefault();
          cancel();
        }
        return;
      default:
        return;
    }
    event.preventDefault();
    focusCell(r, c);
  }

  const pendingKpi = pending ? kpis[pending.col]! : null;
  const pendingBehaviour = pending ? behaviours[pending.row]! : null;

  return (
    <>
      <FormError message={save.error?.message} />
      <TableScroll label="Behaviours by KPI">
        <table className="matrix influence-grid" role="grid" ref={grid}>
          <caption className="sr-only">
            Behaviours by KPI. Arrow keys move between cells; Enter or Space cycles a cell between no influence,
            supports and obstructs, then asks why.
          </caption>
          <thead>
            <tr role="row">
              <th scope="col" role="columnheader">
                Behaviour
              </th>
              {kpis.map((k) => (
                <th key={k.key} scope="col" role="columnheader">
                  {k.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {behaviours.map((b, row) => (
              <tr key={b.key} role="row">
                <th scope="row" role="rowheader" style={{ maxWidth: "22rem" }}>
                  {b.label}
                </th>
                {kpis.map((k, col) => {
                  const id = idOf(row, col);
                  const effect = effectOf(row, col);
                  const waiting = pending?.row === row && pending.col === col;
                  const busy = saving === id && save.pending;
                  return (
                    <td key={k.key} role="gridcell">
                      <button
                        type="button"
                        className={`cell-link effect-cell ${effect}${waiting ? " pending-choice" : ""}`}
                        tabIndex={active.row === row && active.col === col ? 0 : -1}
                        aria-disabled={b.editable ? undefined : true}
                        aria-busy={busy || undefined}
                        aria-label={`Behaviour “${b.label}”, KPI ${k.name}: ${WORDS[effect]}${
                          waiting ? ", waiting for why" : busy ? ", saving" : ""
                        }${b.editable ? "" : " (not yours to change)"}`}
                        data-testid={`influence-${k.key}-${b.key}`}
                        data-row={row}
                        data-col={col}
                        onFocus={() => setActive({ row, col })}
                        onKeyDown={(event) => onCellKey(event, row, col)}
                        onClick={() => press(row, col)}
                      >
                        {LABEL[effect]}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {pending && pendingKpi && pendingBehaviour && (
        <form
          className="influence-rationale"
          aria-label="Why this influence"
          onSubmit={(event) => {
            event.preventDefault();
            confirm();
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              cancel();
            }
          }}
        >
          <div className="field">
            <label htmlFor="influence-rationale">
              Why does {pendingKpi.name} {VERB[pending.effect]} “{pendingBehaviour.label}”?
            </label>
            <input
              id="influence-rationale"
              type="text"
              autoFocus
              value={why}
              maxLength={2000}
              aria-describedby="influence-rationale-hint"
              onChange={(event) => setWhy(event.target.value)}
            />
            <p id="influence-rationale-hint" className="muted">
              {reasons[idOf(pending.row, pending.col)]
                ? "The reason recorded before is here to keep or change. Enter saves. Escape cancels the choice."
                : "Enter saves it with this reason. Escape cancels the choice."}
            </p>
          </div>
          <div className="row-actions">
            <button className="button" type="submit">
              {why.trim()
                ? "Save with this reason"
                : reasons[idOf(pending.row, pending.col)]
                  ? "Save, keeping the reason recorded before"
                  : "Save without a reason"}
            </button>
            <button
              className="button secondary"
              type="button"
              onClick={() => {
                setWhy("");
                focusCell(pending.row, pending.col);
                setPending(null);
                commit(pending.row, pending.col, pending.effect);
              }}
            >
              Skip the reason
            </button>
            <button
              className="button secondary"
              type="button"
              onClick={() =>
                setPending({ ...pending, effect: pending.effect === "supports" ? "obstructs" : "supports" })
              }
            >
              It {pending.effect === "supports" ? "obstructs" : "supports"} it instead
            </button>
            <button className="button secondary" type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </>
  );
}
