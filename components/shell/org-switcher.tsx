"use client";

import { useRouter } from "next/navigation";

type Props = { current: string; organisations: { slug: string; name: string }[] };

/** Switches organisation by navigating; the organisation is part of every URL, so nothing else changes. */
export function OrgSwitcher({ current, organisations }: Props) {
  const router = useRouter();
  return (
    <div>
      <label htmlFor="org-switcher">Organisation</label>
      <select
        id="org-switcher"
        value={current}
        onChange={(event) => router.push(event.target.value === "__all" ? "/orgs" : `/orgs/${event.target.value}`)}
      >
        {organisations.map((org) => (
          <option key={org.slug} value={org.slug}>
            {org.name}
          </option>
        ))}
        <option value="__all">All organisations…</option>
      </select>
    </div>
  );
}
