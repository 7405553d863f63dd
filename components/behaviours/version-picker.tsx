"use client";

import { useState } from "react";

type Props = { versions: number[]; from: number; to: number };

/**
 * Which two versions to compare. The selects are controlled and start from the versions the panel below
 * shows; the page remounts this (keyed on them) whenever they change, e.g. after a new version was made,
 * so the selects never read other numbers than the comparison.
 */
export function VersionPicker({ versions, from, to }: Props) {
  const [chosenFrom, setChosenFrom] = useState(String(from));
  const [chosenTo, setChosenTo] = useState(String(to));
  const options = versions.map((n) => (
    <option key={n} value={n}>
      {n}
    </option>
  ));
  return (
    <form className="filters" method="get" style={{ margin: "1rem 0" }}>
      <div className="field">
        <label htmlFor="compare-from">Compare version</label>
        <select id="compare-from" name="from" value={chosenFrom} onChange={(e) => setChosenFrom(e.target.value)}>
          {options}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-to">with version</label>
        <select id="compare-to" name="to" value={chosenTo} onChange={(e) => setChosenTo(e.target.value)}>
          {options}
        </select>
      </div>
      <button className="button secondary" type="submit">
        Compare
      </button>
    </form>
  );
}
