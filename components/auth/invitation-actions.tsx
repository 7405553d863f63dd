"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";

/** Accepts the invitation as the signed-in person. */
export function AcceptInvitationButton({ token, organisationName }: { token: string; organisationName: string }) {
  const router = useRouter();
  const accept = useApiAction({
    send: () => api.post("/api/invitations/accept", { token }, z.object({ organisation: z.string() })),
    onSuccess: ({ organisation }) => {
      router.replace(`/orgs/${organisation}`);
      router.refresh();
    },
  });
  // Once accepted, the button stays busy while the organisation's page loads.
  const pending = accept.pending || accept.succeeded;

  return (
    <>
      <FormError message={accept.error?.message} />
      <button type="button" className="button" onClick={() => accept.run()} disabled={pending}>
        {pending ? "Joining…" : `Join ${organisationName}`}
      </button>
    </>
  );
}

/** Signs out and comes back to the invitation, to accept it with the invited address. */
export function SignOutAndReturn({ returnTo }: { returnTo: string }) {
  return (
    <button type="button" className="button secondary" onClick={() => signOut({ callbackUrl: returnTo })}>
      Sign out
    </button>
  );
}
