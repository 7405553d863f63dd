"use client";

import { useId, useState } from "react";
import { SearchSelect } from "./search-select";

type Named = { key: string; name: string };

/** With no words, the first this many by name; a list this long still reads in a select. */
const SHOWN = 50;

/** The items whose name has every word searched (any case), first `SHOWN` in the order given. */
export function matching(items: readonly Named[], search: string): { shown: Named[]; more: boolean } {
  const words = search.toLocaleLowerCase("en").split(/\s+/).filter(Boolean);
  const found = items.filter((item) => {
    const name = item.name.toLocaleLowerCase("en");
    return words.every((word) => name.includes(word));
  });
  return { shown: found.slice(0, SHOWN), more: found.length > SHOWN };
}

/**
 * Several things picked from a list too long to show whole (a new KPI's counters among thousands of KPIs):
 * search, pick, add; what is picked is listed with a button to take each back.
 */
export function SearchPickMany({
  legend,
  searchLabel,
  label,
  items,
  picked,
  onPicked,
  noun,
  noMatch,
  add,
}: {
  legend: string;
  searchLabel: string;
  label: string;
  items: readonly Named[];
  picked: readonly string[];
  onPicked: (picked: string[]) => void;
  noun: readonly [string, string];
  noMatch: string;
  /** The add button's words: "Add this counter". */
  add: string;
}) {
  const id = useId();
  const [search, setSearch] = useState("");
  const [current, setCurrent] = useState("");
  const chosen = new Set(picked);
  const { shown, more } = matching(
    items.filter((item) => !chosen.has(item.key)),
    search,
  );
  const value = shown.some((item) => item.key === current) ? current : (shown[0]?.key ?? "");
  const nameOf = new Map(items.map((item) => [item.key, item.name]));
  return (
    <fieldset className="search-pick-many">
      <legend>{legend}</legend>
      <div className="inline-form">
        <SearchSelect
          searchLabel={searchLabel}
          search={search}
          onSearch={setSearch}
          label={label}
          options={shown}
          value={value}
          onChange={setCurrent}
          more={more}
          noun={noun}
          noMatch={noMatch}
        />
        <button
          type="button"
          className="button secondary"
          disabled={!value}
          onClick={() => onPicked([...picked, value])}
        >
          {add}
        </button>
      </div>
      {picked.length > 0 && (
        <ul className="relation-list" aria-label={legend} id={`${id}-picked`}>
          {picked.map((key) => (
            <li key={key}>
              <span>{nameOf.get(key) ?? key}</span>
              <button
                type="button"
                className="button secondary small"
                aria-label={`Remove ${nameOf.get(key) ?? key}`}
                onClick={() => onPicked(picked.filter((k) => k !== key))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
