"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { z } from "zod";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { FormError } from "@/components/ui/form-error";
import { TableScroll } from "@/components/ui/table-scroll";
import { count } from "@/lib/text/plural";
import { MailingPlan, mailingSchema } from "./mailing-plan";

const summarySchema = z.object({
  total: z.number(),
  listed: z.number(),
  inProgress: z.number(),
  sent: z.number(),
  problemCount: z.number(),
  notAnswered: z.number(),
  mailings: z.array(mailingSchema),
  problems: z.array(z.object({ email: z.string(), state: z.enum(["failed", "uncertain"]), reason: z.string() })),
});
export type AudienceCounts = z.infer<typeof summarySchema>;

/** Sending the invitations: the counts follow the server's sender while it works; problems are listed by address. */
export function SendPanel({ url, initial, waveOpen }: { url: string; initial: AudienceCounts; waveOpen: boolean }) {
  const router = useRouter();
  const { data, refetch } = useQuery({
    queryKey: ["audience", url],
    queryFn: () => api.get(`${url}/people`, summarySchema),
    initialData: initial,
    // Quickly while mail is going out or a mailing is due to start; slowly while one waits for its time.
    refetchInterval: (query) => {
      const data = query.state.data;
      if (!data) return false;
      const waiting = data.mailings.filter((m) => !m.started);
      if (data.inProgress > 0 || waiting.some((m) => Date.parse(m.sendAt) <= Date.now() + 5_000)) return 1500;
      return waiting.length > 0 ? 30_000 : false;
    },
  });
  const summary = data ?? initial;
  const send = useApiAction({
    send: (which: "new" | "retry") => api.post(`${url}/sending`, { send: which }, z.object({ queued: z.number() })),
    // The counts come from the query: read them again, which follows the sending until it is done.
    onSuccess: () => void refetch(),
  });
  const sending = summary.inProgress > 0;
  // When the sender finishes, the page's own parts (the upload's wording) are read again.
  const wasSending = useRef(false);
  useEffect(() => {
    if (wasSending.current && !sending) router.refresh();
    wasSending.current = sending;
  }, [sending, router]);

  return (
    <div>
      <FormError message={send.error?.detailOr("Nothing was sent.")} />
      <p data-testid="send-counts">
        {count(summary.total, "person", "people")} on the list · {summary.sent} sent
        {summary.listed > 0 ? ` · ${summary.listed} not sent yet` : ""}
        {summary.problemCount > 0 ? ` · ${count(summary.problemCount, "problem")}` : ""}
      </p>
      {sending && (
        <div className="alert info" role="status" data-testid="sending">
          Sending: {summary.sent} of {summary.sent + summary.inProgress} sent. You can leave this page; the sending goes
          on.
          <progress
            value={summary.sent}
            max={summary.sent + summary.inProgress}
            style={{ display: "block", width: "100%" }}
          >
            {summary.sent}
          </progress>
        </div>
      )}
      {!waveOpen && summary.listed > 0 && (
        <p className="hint" role="note">
          Invitations can be sent once the wave is open: its links work only then.
        </p>
      )}
      {waveOpen && summary.listed > 0 && (
        <ConfirmButton
          className="button"
          disabled={send.pending}
          confirm={{
            title: "Send the invitations?",
            message: `Each of the ${count(summary.listed, "person", "people")} not mailed yet gets one email with their own link. Nobody is mailed twice.`,
            action: `Send ${count(summary.listed, "invitation")}`,
          }}
          onConfirm={() => send.run("new")}
        >
          Send invitations to {count(summary.listed, "person", "people")}
        </ConfirmButton>
      )}
      {waveOpen && (
        <MailingPlan
          url={url}
          mailings={summary.mailings}
          listed={summary.listed}
          notAnswered={summary.notAnswered}
          onChange={() => void refetch()}
        />
      )}
      {summary.problems.length > 0 && (
        <section aria-labelledby="send-problems" data-testid="send-problems">
          <h3 id="send-problems">Not delivered</h3>
          <TableScroll label="Mails not delivered">
            <table>
              <thead>
                <tr>
                  <th scope="col">Address</th>
                  <th scope="col">What happened</th>
                </tr>
              </thead>
              <tbody>
                {summary.problems.map((p) => (
                  <tr key={p.email}>
                    <td style={{ overflowWrap: "anywhere" }}>{p.email}</td>
                    <td>{p.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {waveOpen && (
            <button
              className="button secondary"
              type="button"
              disabled={send.pending || sending}
              onClick={() => send.run("retry")}
            >
              Send these again
            </button>
          )}
        </section>
      )}
    </div>
  );
}
