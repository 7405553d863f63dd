"use client";

/** next-auth's client loads on the click, not with every page (it is a tenth of a page's first script). */
async function signOut() {
  const { signOut: signOutOfNextAuth } = await import("next-auth/react");
  await signOutOfNextAuth({ callbackUrl: "/login" });
}

export function SignOutButton() {
  return (
    <button type="button" className="button small" onClick={() => void signOut()}>
      Sign out
    </button>
  );
}
