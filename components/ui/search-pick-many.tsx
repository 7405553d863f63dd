"use client";

import { useId, useState } from "react";
import { firstMatching } from "@/lib/text/words";
import { SearchSelect } from "./search-select";

type Named = { key: string; name: string };

/** With no words, the first this many by name; a list this long still reads in a select. */
const SHOWN = 50;

/** The items whose name has every word searched (any case), first `SHOWN` in the order given. */
export function matching<T extends Named>(items: readonly T[], search: string): { shown: T[]; more: boolean } {
  return firstMatching(items, search, SHOWN, (item) => item.name);
}

/** What a search of the caller's (a route) found for the words typed: the caller holds the words. */
export type Searched = {
  search: string;
  onSearch: (search: string) => void;
  shown: readonly Named[];
  more: boolean;
  /** No answer yet for these words. */
  looking: boolean;
};

/**
 * Several things picked from a list too long to show whole (a new KPI's counters among thousands of KPIs):
 * search, pick, add; what is picked is listed with a button to take each back. The matches come from `items`
 * (a list the page has), or from `searched` (a search route the caller asks).
 */
export function SearchPickMany({
  legend,
  searchLabel,
  label,
  items = [],
  searched,
  picked,
  onPicked,
  noun,
  noMatch,
  add,
}: {
  legend: string;
  searchLabel: string;
  label: string;
  items?: readonly Named[];
  searched?: Searched;
  picked: readonly string[];
  /** The keys picked, and each one's name (one found by a search may not be found again). */
  onPicked: (picked: string[], names: ReadonlyMap<string, string>) => void;
  noun: readonly [string, string];
  noMatch: string;
  /** The add button's words: "Add this counter". */
  add: string;
}) {
  const id = useId();
  const [ownSearch, setOwnSearch] = useState("");
  const [current, setCurrent] = useState("");
  const [pickedNames, setPickedNames] = useState<ReadonlyMap<string, string>>(() => new Map());
  const chosen = new Set(picked);
  const search = searched?.search ?? ownSearch;
  const { shown, more } = searched
    ? { shown: searched.shown.filter((item) => !chosen.has(item.key)), more: searched.more }
    : matching(
        items.filter((item) => !chosen.has(item.key)),
        search,
      );
  const value = shown.some((item) => item.key === current) ? current : (shown[0]?.key ?? "");
  const nameOf = new Map([...items.map((item): [string, string] => [item.key, item.name]), ...pickedNames]);
  return (
    <fieldset className="search-pick-many">
      <legend>{legend}</legend>
      <div className="inline-form">
        <SearchSelect
          searchLabel={searchLabel}
          search={search}
          onSearch={searched?.onSearch ?? setOwnSearch}
          label={label}
          options={shown}
          value={value}
          onChange={setCurrent}
          looking={searched?.looking}
          more={more}
          noun={noun}
          noMatch={noMatch}
        />
        <button
          type="button"
          className="button secondary"
          disabled={!value}
          onClick={() => {
            const names = new Map(pickedNames).set(value, shown.find((item) => item.key === value)?.name ?? value);
            setPickedNames(names);
            onPicked([...picked, value], names);
          }}
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
                onClick={() =>
                  onPicked(
                    picked.filter((k) => k !== key),
                    pickedNames,
                  )
                }
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
