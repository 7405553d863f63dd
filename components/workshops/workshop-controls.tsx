"use client";

import { useState } from "react";
import { z } from "zod";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { ShareLink } from "@/components/ui/share-link";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";

export function OpenWorkshopForm({ org }: { org: string }) {
  const [name, setName] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const open = useApiForm({
    send: () => api.post(`/api/orgs/${org}/workshops`, { name }, z.object({ link: z.string() })),
    onSuccess: (r) => {
      setLink(r.link);
      setName("");
    },
    refresh: true,
  });
  return (
    <form className="inline-form" onSubmit={open.onSubmit} aria-labelledby="open-workshop">
      <h2 id="open-workshop" style={{ flexBasis: "100%" }}>
        Run a workshop
      </h2>
      <div style={{ flexBasis: "100%" }}>
        <FormError message={open.error?.message} />
      </div>
      <div className="field">
        <label htmlFor="workshop-name">Name</label>
        <input
          id="workshop-name"
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="e.g. Leadership offsite, March"
          required
        />
      </div>
      <button className="button" type="submit" disabled={open.pending}>
        Open the workshop
      </button>
      {link && <ShareLink label="Workshop link" link={link} intro={LINK_INTRO} />}
    </form>
  );
}

const LINK_INTRO =
  "The link for participants: put it on the screen, in the chat or as a QR code. It is shown only now — copy it, or make a new one later (this one then stops working).";

/** A new link for an open workshop, after the first was lost (a reload, another screen): the old one stops working. */
export function NewWorkshopLinkButton({ org, workshopId, name }: { org: string; workshopId: string; name: string }) {
  const { confirm, dialog } = useConfirm();
  const renew = useApiAction({
    send: () => api.post(`/api/orgs/${org}/workshops/${workshopId}/link`, undefined, z.object({ link: z.string() })),
  });
  return (
    <>
      {dialog}
      <FormError message={renew.error?.message} />
      <button
        className="button secondary small"
        type="button"
        disabled={renew.pending}
        onClick={async () =>
          (await confirm({
            title: `Make a new link for ${name}?`,
            message: `The current link to the workshop ${name} stops working at once; participants who have it need the new one. Moments already given are kept.`,
            action: "Make a new link",
          })) && renew.run()
        }
      >
        New link
      </button>
      {renew.result && <ShareLink label="Workshop link" link={renew.result.link} intro={LINK_INTRO} />}
    </>
  );
}

export function CloseWorkshopButton({ org, workshopId }: { org: string; workshopId: string }) {
  const close = useApiAction({ send: () => api.post(`/api/orgs/${org}/workshops/${workshopId}/close`), refresh: true });
  return (
    <>
      <FormError message={close.error?.message} />
      <button className="button secondary small" type="button" disabled={close.pending} onClick={() => close.run()}>
        Close the workshop
      </button>
    </>
  );
}

export function MomentToStoryButton({
  org,
  workshopId,
  momentId,
}: {
  org: string;
  workshopId: string;
  momentId: string;
}) {
  const turn = useApiAction({
    send: () => api.post(`/api/orgs/${org}/workshops/${workshopId}/moments/${momentId}/story`),
    refresh: true,
  });
  return (
    <>
      <button className="button secondary small" type="button" disabled={turn.pending} onClick={() => turn.run()}>
        Make it a customer story
      </button>
      {turn.error && (
        <span className="field-error" role="alert">
          {" "}
          {turn.error.message}
        </span>
      )}
    </>
  );
}
