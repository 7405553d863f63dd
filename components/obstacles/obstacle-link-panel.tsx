"use client";

import { useState } from "react";
import { z } from "zod";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { ShareLink } from "@/components/ui/share-link";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";

const INTRO =
  "Anyone with this link can report an obstacle, without an account and anonymously: put it on the intranet, a poster or a slide.";

/** The organisation's obstacle link for owners: shown, copied, as a QR code; replaced on purpose. */
export function ObstacleLinkPanel({ org, link }: { org: string; link: string | null }) {
  const { confirm, dialog } = useConfirm();
  const [current, setCurrent] = useState(link);
  const renew = useApiAction({
    send: () => api.post(`/api/orgs/${org}/obstacle-link`, undefined, z.object({ link: z.string() })),
    onSuccess: (result) => setCurrent(result.link),
  });
  return (
    <section aria-labelledby="obstacle-link" className="panel">
      {dialog}
      <h2 id="obstacle-link">The obstacle link</h2>
      {current ? (
        <ShareLink label="Obstacle link" link={current} intro={INTRO} />
      ) : (
        <p>There is no obstacle link yet. Make one so people without an account can report too.</p>
      )}
      <FormError message={renew.error?.message} />
      <button
        type="button"
        className={current ? "button secondary small" : "button"}
        disabled={renew.pending}
        onClick={async () => {
          if (
            current &&
            !(await confirm({
              title: "Make a new obstacle link?",
              message:
                "The current obstacle link stops working at once: posters and pages that show it need the new one. Reports already made, and their receipts, are kept.",
              action: "Make a new link",
            }))
          )
            return;
          renew.run();
        }}
      >
        {current ? "Make a new link" : "Make the obstacle link"}
      </button>
    </section>
  );
}
