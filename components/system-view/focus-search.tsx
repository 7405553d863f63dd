"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { z } from "zod";
import { api } from "@/lib/client/api";

const choicesSchema = z.object({
  choices: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string(), detail: z.string().optional() })),
});

/** A combobox (ARIA 1.2, list autocomplete): type part of a KPI's or role's name, pick one with the arrows. */
export function FocusSearch({ org, onPick }: { org: string; onPick: (id: string) => void }) {
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const wanted = text.trim();
  const { data } = useQuery({
    queryKey: ["system-search", org, wanted],
    queryFn: () => api.get(`/api/orgs/${org}/system/search?q=${encodeURIComponent(wanted)}`, choicesSchema),
    enabled: wanted.length > 0,
  });
  const choices = wanted ? (data?.choices ?? []) : [];
  const shown = open && choices.length > 0;
  const pick = (at: number) => {
    const choice = choices[at];
    if (!choice) return;
    onPick(choice.id);
    setText(choice.label);
    setOpen(false);
  };
  return (
    <div className="field combobox">
      <label htmlFor={`${id}-input`}>Focus on a KPI or role</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown ? `${id}-option-${active}` : undefined}
        placeholder="Type a name"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(0);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown") {
            event.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, choices.length - 1));
          } else if (event.key === "ArrowUp") {
            event.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (event.key === "Enter" && shown) {
            event.preventDefault();
            pick(active);
          } else if (event.key === "Escape" && shown) {
            event.preventDefault();
            event.stopPropagation();
            setOpen(false);
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label="Matching KPIs and roles"
        className="combobox-list"
        hidden={!shown}
      >
        {choices.map((choice, at) => (
          <li
            key={choice.id}
            id={`${id}-option-${at}`}
            role="option"
            aria-selected={at === active}
            onMouseDown={(event) => {
              event.preventDefault();
              pick(at);
            }}
          >
            <span>{choice.label}</span> <span className="muted">{choice.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
