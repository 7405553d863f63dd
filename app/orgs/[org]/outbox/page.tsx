import type { Metadata } from "next";
import { orgPage } from "@/lib/access/page-gates";
import { listOutbox, OUTBOX_PAGE_SIZE } from "@/lib/mail/outbox";
import { outboxInUse } from "@/lib/mail/mail-settings";

export const metadata: Metadata = { title: "Outbox" };

export default orgPage("outbox:read", async (access) => {
  const messages = await listOutbox(access);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Outbox</h1>
          {outboxInUse() ? (
            <p>
              No mail server is set up, so emails from {access.organisation.name} are kept here instead of being sent.
              Pass each one on to the person it is for.
            </p>
          ) : (
            <p>Emails are now sent through your mail server. These were kept here before it was set up.</p>
          )}
        </div>
      </div>
      {messages.length === 0 ? (
        <section className="card">
          <p className="muted">
            {outboxInUse() ? "Nothing here yet. Invitations you send will appear here." : "No emails were kept here."}
          </p>
        </section>
      ) : (
        <>
          {messages.length === OUTBOX_PAGE_SIZE && (
            <p className="muted">The latest {OUTBOX_PAGE_SIZE} emails, newest first.</p>
          )}
          <ol className="mail-list" aria-label="Emails, newest first">
            {messages.map((message) => (
              <li key={message.id}>
                <article className="card" aria-labelledby={`mail-${message.id}`} data-testid="outbox-message">
                  <h2 id={`mail-${message.id}`} className="mail-subject">
                    {message.subject}
                  </h2>
                  <p className="muted">
                    To <strong>{message.to}</strong> ·{" "}
                    <time dateTime={message.createdAt}>
                      {new Date(message.createdAt).toLocaleString("en-GB", {
                        dateStyle: "medium",
                        timeStyle: "short",
                        timeZone: "UTC",
                      })}{" "}
                      UTC
                    </time>
                  </p>
                  <div className="mail-text">{message.text}</div>
                </article>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
});
