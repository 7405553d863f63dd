"use client";

import { useId, useRef } from "react";
import { count } from "@/lib/text/plural";
import { NameOptions } from "./name-options";

type Named = { key: string; name: string };

/**
 * A search field and the select of what it finds, for a choice among more things than one list can carry
 * (a large model's behaviours, KPIs, processes): type words, then pick among the matches. The scenario
 * editor's choices (KPIs, counters, what influences, behaviours), the triage of obstacle reports and the new
 * KPI's counters share it.
 *
 * The caller finds the matches (a route, or a filter of a list it has) and decides what is picked: the
 * select shows `value`. Keyboard: Tab (or Enter in the search field) goes to the matches; the number found,
 * or "no match", is announced when the search settles.
 */
export function SearchSelect({
  searchLabel,
  placeholder,
  search,
  onSearch,
  label,
  options,
  value,
  onChange,
  looking = false,
  more = false,
  noun,
  noMatch,
  choose,
  required = false,
  invalid,
  describedBy,
}: {
  searchLabel: string;
  placeholder?: string;
  search: string;
  onSearch: (search: string) => void;
  label: string;
  options: readonly Named[];
  value: string;
  onChange: (value: string) => void;
  /** A search under way: said in the select while it has nothing to show. */
  looking?: boolean;
  /** More match than are shown: the announcement asks for more words. */
  more?: boolean;
  /** What is found, singular and plural: ["behaviour", "behaviours"]. */
  noun: readonly [string, string];
  /** Shown in the empty select and announced: "No behaviour matches". */
  noMatch: string;
  /** A first, empty choice ("Choose…"), for a select that picks nothing until the member does. */
  choose?: string;
  required?: boolean;
  invalid?: true;
  describedBy?: string;
}) {
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const found = count(options.length, noun[0], noun[1]);
  const announced = looking
    ? ""
    : options.length === 0
      ? noMatch
      : more
        ? `${found} shown: add words to narrow them`
        : `${found} found`;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-search`}>{searchLabel}</label>
        <input
          type="text"
          id={`${id}-search`}
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          onKeyDown={(e) => {
            // Enter takes the member to the matches rather than sending a half-made form.
            if (e.key === "Enter") {
              e.preventDefault();
              select.current?.focus();
            }
          }}
          placeholder={placeholder}
          autoComplete="off"
          aria-describedby={`${id}-found`}
        />
        <span id={`${id}-found`} className="sr-only" role="status">
          {announced}
        </span>
      </div>
      <div className="field">
        <label htmlFor={`${id}-select`}>{label}</label>
        <select
          ref={select}
          id={`${id}-select`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          required={required}
          aria-invalid={invalid}
          aria-describedby={describedBy}
        >
          {options.length === 0 ? (
            <option value="">{looking ? "Looking…" : noMatch}</option>
          ) : (
            choose !== undefined && (
              <option value="" disabled>
                {choose}
              </option>
            )
          )}
          <NameOptions items={options} />
        </select>
      </div>
    </>
  );
}
