"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { NameOptions } from "@/components/ui/name-options";
import { SearchSelect } from "@/components/ui/search-select";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";

type Named = { key: string; name: string };

export type TriageChoices = {
  processDepartments: Named[];
  departments: Named[];
  ownerPowers: boolean;
};

const foundSchema = z.object({
  choices: z.array(z.object({ key: z.string(), name: z.string() })),
  more: z.boolean(),
});

/**
 * What obstructs, or the behaviour it obstructs, found by words (`triage-choices`): the matches, whether more
 * match than are listed, and the one picked — what the member chose, else the first match once they typed.
 */
function useTriageSearch(org: string, what: "source" | "behaviour", enabled: boolean, stage: string | null) {
  const [search, setSearch] = useState("");
  const [chosen, setChosen] = useState("");
  const words = useDeferredValue(search.trim());
  const found = useQuery({
    queryKey: ["triage-choices", org, what, stage, words],
    queryFn: () =>
      api.get(
        `/api/orgs/${org}/obstacles/triage-choices?for=${what}&q=${encodeURIComponent(words)}${stage ? `&stage=${encodeURIComponent(stage)}` : ""}`,
        foundSchema,
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
  const options = found.data?.choices ?? [];
  const value = options.some((o) => o.key === chosen) ? chosen : words ? (options[0]?.key ?? "") : "";
  return {
    search,
    onSearch: setSearch,
    options,
    value,
    onChange: setChosen,
    looking: found.isFetching,
    more: found.data?.more ?? false,
  };
}

type Outcome = "process" | "system" | "influence" | "merge" | "decline";

const OUTCOMES: { value: Outcome; label: string; owners?: boolean }[] = [
  { value: "process", label: "Add it to the inventory as a process" },
  { value: "system", label: "Add it to the inventory as a system", owners: true },
  { value: "influence", label: "Map it as obstructing a behaviour" },
  { value: "merge", label: "It is the same as another report" },
  { value: "decline", label: "Decline it, with the reason" },
];

/** Taking up an open report: what it becomes, and the answer the reporter reads. */
export function ObstacleTriageForm({
  org,
  report,
  choices,
  others,
}: {
  org: string;
  report: { id: string; title: string; kind: string; stage: string | null; department: string | null };
  choices: TriageChoices;
  others: Named[];
}) {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | "">("");
  const [name, setName] = useState(report.title);
  const [department, setDepartment] = useState(report.department ?? "");
  const [into, setInto] = useState("");
  const [answer, setAnswer] = useState("");
  // Searched only once the member chooses to map it: a large model's lists are never sent whole.
  const source = useTriageSearch(org, "source", outcome === "influence", null);
  const behaviour = useTriageSearch(org, "behaviour", outcome === "influence", report.stage);
  const form = useApiForm({
    send: () => {
      const reply = answer.trim() ? { answer } : {};
      const body =
        outcome === "process"
          ? { outcome, name, department, ...reply }
          : outcome === "system"
            ? { outcome, name, ...reply }
            : outcome === "influence"
              ? { outcome, source: source.value, behaviour: behaviour.value, ...reply }
              : outcome === "merge"
                ? { outcome, into, ...reply }
                : { outcome, answer };
      return api.post(`/api/orgs/${org}/obstacles/${report.id}/triage`, body);
    },
    refresh: true,
  });
  return (
    <form onSubmit={form.onSubmit} className="obstacle-triage" aria-label={`Take up “${report.title}”`}>
      <div className="field">
        <label htmlFor={`${id}-outcome`}>What to do with it</label>
        <select id={`${id}-outcome`} value={outcome} required onChange={(e) => setOutcome(e.target.value as Outcome)}>
          <option value="" disabled>
            Choose…
          </option>
          {OUTCOMES.filter((o) => !o.owners || choices.ownerPowers).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {(outcome === "process" || outcome === "system") && (
        <div className="field">
          <label htmlFor={`${id}-name`}>Name in the inventory</label>
          <input
            id={`${id}-name`}
            type="text"
            required
            minLength={2}
            maxLength={200}
            value={name}
            aria-invalid={form.invalid("name")}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
      )}
      {outcome === "process" && (
        <div className="field">
          <label htmlFor={`${id}-department`}>Department that runs it</label>
          <select
            id={`${id}-department`}
            required
            value={department}
            aria-invalid={form.invalid("department")}
            onChange={(e) => setDepartment(e.target.value)}
          >
            <option value="" disabled>
              Choose…
            </option>
            <NameOptions items={choices.processDepartments} />
          </select>
        </div>
      )}
      {outcome === "influence" && (
        <>
          <SearchSelect
            {...source}
            searchLabel="Find what obstructs"
            placeholder="Words of a process, system or KPI"
            label="What obstructs"
            noun={["match", "matches"]}
            noMatch="No process, system or KPI matches"
            choose="Choose a process, system or KPI…"
            required
            invalid={form.invalid("source")}
          />
          <SearchSelect
            {...behaviour}
            searchLabel="Find the behaviour"
            placeholder="Words of what people do, or the role"
            label="The behaviour it obstructs"
            noun={["behaviour", "behaviours"]}
            noMatch={report.stage ? "No behaviour at this stage matches" : "No behaviour matches"}
            choose="Choose…"
            required
            invalid={form.invalid("behaviour")}
            describedBy={`${id}-rationale`}
          />
          <p className="hint" id={`${id}-rationale`}>
            The report&apos;s own words become the reason given for it.
          </p>
        </>
      )}
      {outcome === "merge" && (
        <div className="field">
          <label htmlFor={`${id}-into`}>The report it is the same as</label>
          <select
            id={`${id}-into`}
            required
            value={into}
            aria-invalid={form.invalid("into")}
            onChange={(e) => setInto(e.target.value)}
          >
            <option value="" disabled>
              Choose…
            </option>
            <NameOptions items={others} />
          </select>
        </div>
      )}
      {outcome && (
        <div className="field">
          <label htmlFor={`${id}-answer`}>
            {outcome === "decline" ? "The reason, for the reporter" : "Answer to the reporter (optional)"}
          </label>
          <textarea
            id={`${id}-answer`}
            rows={3}
            maxLength={2000}
            required={outcome === "decline"}
            value={answer}
            aria-invalid={form.invalid("answer")}
            onChange={(e) => setAnswer(e.target.value)}
          />
        </div>
      )}
      <FormError message={form.error?.detailOr("Could not take up the report.")} />
      <button className="button small" type="submit" disabled={form.pending || !outcome}>
        {outcome === "decline" ? "Decline the report" : outcome === "merge" ? "Merge the report" : "Take it up"}
      </button>
    </form>
  );
}

/** The answer the reporter reads (any time), and — owners — whose work the report is. */
export function ObstacleAnswerForm({
  org,
  report,
  departments,
}: {
  org: string;
  report: { id: string; title: string; answer: string | null; department: string | null };
  /** Given to owners only: whose work the report is hands it to that department's heads. */
  departments?: Named[];
}) {
  const id = useId();
  const [answer, setAnswer] = useState(report.answer ?? "");
  const [department, setDepartment] = useState(report.department ?? "");
  const save = useApiForm({
    send: () =>
      api.patch(`/api/orgs/${org}/obstacles/${report.id}`, {
        ...(answer.trim() && answer !== (report.answer ?? "") ? { answer } : {}),
        ...(departments && department !== (report.department ?? "") ? { department: department || null } : {}),
      }),
    refresh: true,
  });
  return (
    <form onSubmit={save.onSubmit} className="obstacle-answer" aria-label={`Answer “${report.title}”`}>
      <div className="field">
        <label htmlFor={`${id}-answer`}>Answer to the reporter</label>
        <textarea
          id={`${id}-answer`}
          rows={2}
          maxLength={2000}
          value={answer}
          aria-invalid={save.invalid("answer")}
          onChange={(e) => setAnswer(e.target.value)}
        />
      </div>
      {departments && (
        <div className="field">
          <label htmlFor={`${id}-department`}>Whose work it is</label>
          <select id={`${id}-department`} value={department} onChange={(e) => setDepartment(e.target.value)}>
            <option value="">Not said (owners take it up)</option>
            <NameOptions items={departments} />
          </select>
        </div>
      )}
      <FormError message={save.error?.detailOr("Could not save.")} />
      {save.succeeded && <p role="status">Saved.</p>}
      <button className="button secondary small" type="submit" disabled={save.pending}>
        Save
      </button>
    </form>
  );
}
