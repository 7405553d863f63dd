"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { useRespondentError } from "./use-respondent-error";

/** An open shared link answers with the respondent's own link; a personal link answers 204. */
const startedSchema = z.object({ sessionToken: z.string().optional() }).optional();

type Props = {
  /** Where the stated segment is sent: an open shared link (answers with a new link) or a personal link (answers on). */
  endpoint: string;
  departments: { key: string; name: string }[];
  roles: { key: string; name: string; department: string }[];
  /** At a kiosk: the segment goes to `start` (which keeps the sitting in memory), and the hint says nothing is kept. */
  kiosk?: { start: (segment: Segment) => Promise<void>; hint: string };
};

type Segment = { department?: string; role?: string; level: string };

/** Where the respondent works: department, then one of its roles, and their level. */
export function SharedStartForm({ endpoint, departments, roles, kiosk }: Props) {
  const t = useTranslations("Survey.segment");
  const errorText = useRespondentError();
  const router = useRouter();
  const [department, setDepartment] = useState("");
  const rolesShown = department ? roles.filter((r) => r.department === department) : roles;
  const form = useApiForm({
    send: async (data) => {
      const segment = {
        department: (data.get("department") as string | null) || undefined,
        role: (data.get("role") as string | null) || undefined,
        level: data.get("level") as string,
      };
      if (kiosk) {
        await kiosk.start(segment);
        return undefined;
      }
      return api.post(endpoint, segment, startedSchema);
    },
    onSuccess: (started) => {
      if (kiosk) return;
      if (started?.sessionToken) router.replace(`/s/${started.sessionToken}`);
      else router.refresh();
    },
  });
  return (
    <form onSubmit={form.onSubmit}>
      <FormError message={errorText(form.error, "segment.failed")} />
      <div className="field">
        <label htmlFor="department">{t("department")}</label>
        <select id="department" name="department" value={department} onChange={(e) => setDepartment(e.target.value)}>
          <option value="">{t("preferNotToSay")}</option>
          {departments.map((d) => (
            <option key={d.key} value={d.key}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="role">{t("role")}</label>
        <select id="role" name="role" defaultValue="">
          <option value="">{t("preferNotToSay")}</option>
          {rolesShown.map((r) => (
            <option key={r.key} value={r.key}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="field">
        <legend>{t("level")}</legend>
        {(["leader", "manager", "frontline"] as const).map((level) => (
          <label key={level} className="checkbox-inline">
            <input type="radio" name="level" value={level} required /> {t(level)}
          </label>
        ))}
      </fieldset>
      <button className="button" type="submit" disabled={form.pending}>
        {t("start")}
      </button>
      <p className="hint">{kiosk ? kiosk.hint : t("bookmark")}</p>
    </form>
  );
}
