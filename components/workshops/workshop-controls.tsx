"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { z } from "zod";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { ShareLink } from "@/components/ui/share-link";
import { api } from "@/lib/client/api";
import { useApiAction, useApiForm } from "@/lib/client/use-api-form";
import { NameOptions } from "@/components/ui/name-options";

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

/** Opens the story form prefilled from the moment, where the stage is chosen and the words edited. */
export function MomentToStoryButton({
  org,
  workshopId,
  momentId,
}: {
  org: string;
  workshopId: string;
  momentId: string;
}) {
  return (
    <Link
      className="button secondary small"
      href={`/orgs/${org}/stories/new?${new URLSearchParams({ workshop: workshopId, moment: momentId })}`}
    >
      Make it a customer story
    </Link>
  );
}

type Choice = { key: string; name: string };

/**
 * Starts a draft behaviour from a moment (DESIGN §5): a role and a stage are chosen here, then the role's
 * page for that stage opens its new-behaviour form with the moment quoted as evidence.
 */
export function MomentToBehaviourForm({
  org,
  workshopId,
  momentId,
  roles,
  stages,
}: {
  org: string;
  workshopId: string;
  momentId: string;
  roles: Choice[];
  stages: Choice[];
}) {
  const id = useId();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState("");
  const [stage, setStage] = useState("");
  if (!roles.length || !stages.length) return null;
  return (
    <>
      <button
        className="button secondary small"
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen(!open)}
      >
        Start a behaviour from it
      </button>
      {open && (
        <form
          id={`${id}-form`}
          className="inline-form"
          aria-label="Start a behaviour from this moment"
          onSubmit={(e) => {
            e.preventDefault();
            const query = new URLSearchParams({ workshop: workshopId, moment: momentId });
            router.push(`/orgs/${org}/model/${role}/${stage}?${query}#new-behaviour-heading`);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} required>
              <option value="">Choose a role…</option>
              <NameOptions items={roles} />
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-stage`}>Stage</label>
            <select id={`${id}-stage`} value={stage} onChange={(e) => setStage(e.target.value)} required>
              <option value="">Choose a stage…</option>
              <NameOptions items={stages} />
            </select>
          </div>
          <button className="button small" type="submit">
            Write the behaviour
          </button>
        </form>
      )}
    </>
  );
}
