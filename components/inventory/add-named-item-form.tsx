"use client";

import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { NameOptions } from "@/components/ui/name-options";

/** Adds a process (to a department) or a system (with training coverage and spend). */
export function AddProcessForm({ org, departments }: { org: string; departments: { key: string; name: string }[] }) {
  const [name, setName] = useState("");
  const [department, setDepartment] = useState(departments[0]?.key ?? "");
  const add = useApiForm({
    send: () => api.post(`/api/orgs/${org}/processes`, { name, department }),
    onSuccess: () => setName(""),
    refresh: true,
  });
  return (
    <form className="inline-form" onSubmit={add.onSubmit}>
      <FormError message={add.error?.message} />
      <div className="field">
        <label htmlFor="new-process">New process</label>
        <input id="new-process" type="text" value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="new-process-department">Department</label>
        <select id="new-process-department" value={department} onChange={(e) => setDepartment(e.target.value)}>
          <NameOptions items={departments} />
        </select>
      </div>
      <button className="button" type="submit" disabled={add.pending}>
        Add process
      </button>
    </form>
  );
}

export function AddSystemForm({ org }: { org: string }) {
  const [name, setName] = useState("");
  const [trained, setTrained] = useState("");
  const [people, setPeople] = useState("");
  const [technology, setTechnology] = useState("");
  const number = (text: string) => (text.trim() === "" ? undefined : Number(text));
  const add = useApiForm({
    send: () =>
      api.post(`/api/orgs/${org}/systems`, {
        name,
        trainedShare: trained.trim() === "" ? undefined : Number(trained) / 100,
        peopleSpend: number(people),
        technologySpend: number(technology),
      }),
    onSuccess: () => {
      setName("");
      setTrained("");
      setPeople("");
      setTechnology("");
    },
    refresh: true,
  });
  return (
    <form className="inline-form" onSubmit={add.onSubmit}>
      <FormError message={add.error?.message} />
      <div className="field">
        <label htmlFor="new-system">New system</label>
        <input id="new-system" type="text" value={name} onChange={(e) => setName(e.target.value)} required />
      </div>
      <div className="field">
        <label htmlFor="new-system-trained">Users trained (%)</label>
        <input
          id="new-system-trained"
          type="number"
          min={0}
          max={100}
          value={trained}
          onChange={(e) => setTrained(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-system-people">Spend on people</label>
        <input
          id="new-system-people"
          type="number"
          min={0}
          value={people}
          onChange={(e) => setPeople(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="new-system-technology">Spend on technology</label>
        <input
          id="new-system-technology"
          type="number"
          min={0}
          value={technology}
          onChange={(e) => setTechnology(e.target.value)}
        />
      </div>
      <button className="button" type="submit" disabled={add.pending}>
        Add system
      </button>
    </form>
  );
}
