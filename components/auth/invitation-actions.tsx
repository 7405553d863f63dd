"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/form-error";
import { ApiError, callApi } from "@/lib/client/api";

/** Accepts the invitation as the signed-in person. */
export function AcceptInvitationButton({ token, organisationName }: { token: string; organisationName: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function accept() {
    setPending(true);
    setError(null);
    try {
      const { organisation } = await callApi<{ organisation: string }>("POST", "/api/invitations/accept", { token });
      router.replace(`/orgs/${organisation}`);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Something went wrong. Please try again.");
      setPending(false);
    }
  }

  return (
    <>
      <FormError message={error} />
      <button type="button" className="button" onClick={accept} disabled={pending}>
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
