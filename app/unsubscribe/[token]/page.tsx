import type { Metadata } from "next";
import { UnsubscribeButton } from "@/components/audience/unsubscribe-button";
import { publicPage } from "@/lib/access/page-gates";
import { loadUnsubscribe } from "@/lib/diagnostic/audience/public-unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

/** Opened from the link at the end of an invitation: asks before acting, since mail scanners open links too. */
export default publicPage<{ token: string }>(async ({ token }) => {
  const { organisation, email } = await loadUnsubscribe(token);
  return (
    <main className="survey-page">
      <div className="survey-card">
        <h1>Stop survey emails from {organisation}?</h1>
        <p style={{ overflowWrap: "anywhere" }}>
          {email} will get no more survey invitations or reminders from {organisation} through Throughline.
        </p>
        <UnsubscribeButton endpoint={`/api/unsubscribe/${encodeURIComponent(token)}`} organisation={organisation} />
      </div>
    </main>
  );
});
