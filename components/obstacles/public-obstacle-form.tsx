"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { EMPTY_DRAFT, ObstacleFields } from "./obstacle-fields";
import { ObstacleReceiptNote } from "./obstacle-receipt-note";
import { useObstacleError } from "./use-obstacle-error";

/** The obstacle link's form (no account): the report is anonymous, its receipt shown once. */
export function PublicObstacleForm({ token, stages }: { token: string; stages: { key: string; name: string }[] }) {
  const t = useTranslations("Obstacle");
  const errorText = useObstacleError();
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const form = useApiForm({
    send: () =>
      api.post(
        `/api/obstacle/${encodeURIComponent(token)}`,
        { ...draft, stage: draft.stage || undefined },
        z.object({ receipt: z.string() }),
      ),
  });
  if (form.succeeded && form.result) {
    return (
      <ObstacleReceiptNote
        receipt={form.result.receipt}
        onAnother={() => {
          setDraft(EMPTY_DRAFT);
          form.reset();
        }}
      />
    );
  }
  return (
    <form onSubmit={form.onSubmit}>
      <ObstacleFields value={draft} onChange={setDraft} stages={stages} error={form.error} />
      <FormError message={errorText(form.error)} takeFocus />
      <button className="button" type="submit" disabled={form.pending}>
        {form.pending ? t("sending") : t("send")}
      </button>
      <p className="hint">{t("anonymous")}</p>
    </form>
  );
}
