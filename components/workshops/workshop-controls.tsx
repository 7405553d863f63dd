"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { callApi } from "@/lib/client/api";

export function OpenWorkshopForm({ org }: { org: string }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [link, setLink] = useState<string | null>(null);
  const open = useMutation({ mutationFn: () => callApi<{ link: string }>("POST", `/api/orgs/${org}/workshops`, { name }), onSuccess: (r) => { setLink(r.link); setName(""); router.refresh(); } });
  return (
    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); open.mutate(); }} aria-labelledby="open-workshop">
      <h2 id="open-workshop" style={{ flexBasis: "100%" }}>Run a workshop</h2>
      <div style={{ flexBasis: "100%" }}><FormError message={open.error?.message} /></div>
      <div className="field"><label htmlFor="workshop-name">Name</label><input id="workshop-name" type="text" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Leadership offsite, March" required /></div>
      <button className="button" type="submit" disabled={open.isPending}>Open the workshop</button>
      {link && (
        <div className="alert success" role="status" style={{ flexBasis: "100%" }}>
          <p>Link for participants (shown once — put it on the screen or in the chat):</p>
          <input type="text" readOnly value={link} aria-label="Workshop link" onFocus={(e) => e.currentTarget.select()} />
        </div>
      )}
    </form>
  );
}

export function CloseWorkshopButton({ org, workshopId }: { org: string; workshopId: string }) {
  const router = useRouter();
  const close = useMutation({ mutationFn: () => callApi("POST", `/api/orgs/${org}/workshops/${workshopId}/close`), onSuccess: () => router.refresh() });
  return (
    <>
      <FormError message={close.error?.message} />
      <button className="button secondary small" type="button" disabled={close.isPending} onClick={() => close.mutate()}>Close the workshop</button>
    </>
  );
}

export function MomentToStoryButton({ org, workshopId, momentId }: { org: string; workshopId: string; momentId: string }) {
  const router = useRouter();
  const turn = useMutation({ mutationFn: () => callApi("POST", `/api/orgs/${org}/workshops/${workshopId}/moments/${momentId}/story`), onSuccess: () => router.refresh() });
  return (
    <>
      <button className="button secondary small" type="button" disabled={turn.isPending} onClick={() => turn.mutate()}>Make it a customer story</button>
      {turn.error && <span className="field-error" role="alert"> {turn.error.message}</span>}
    </>
  );
}
