"use client";

import { useId, useState } from "react";
import { z } from "zod";
import { api } from "@/lib/client/api";
import { useApiAction } from "@/lib/client/use-api-form";
import { FormError } from "@/components/ui/form-error";
import { LocalTime } from "@/components/ui/local-time";
import { count } from "@/lib/text/plural";

export const mailingSchema = z.object({
  number: z.number(),
  sendAt: z.string(),
  started: z.boolean(),
  queued: z.number().nullable(),
  sent: z.number(),
  failed: z.number(),
});
export type Mailing = z.infer<typeof mailingSchema>;

const MAX_REMINDERS = 3;
const scheduled = z.object({ number: z.number(), sendAt: z.string() });

/** A date and time field's value (the reader's local time) as the moment it names. */
const toInstant = (local: string) => (local ? new Date(local).toISOString() : undefined);

/** "Now" or "At a set time", and the time: the choice every mailing offers. */
function WhenField({ name, onChange }: { name: string; onChange: (at: string | null) => void }) {
  const id = useId();
  const [later, setLater] = useState(false);
  const [local, setLocal] = useState("");
  return (
    <fieldset className="when-field choice-group">
      <legend>When</legend>
      <label className="radio">
        <input
          type="radio"
          name={`${name}-when`}
          checked={!later}
          onChange={() => {
            setLater(false);
            onChange(null);
          }}
        />{" "}
        Now
      </label>
      <label className="radio">
        <input
          type="radio"
          name={`${name}-when`}
          checked={later}
          onChange={() => {
            setLater(true);
            onChange(local);
          }}
        />{" "}
        At a set time
      </label>
      {later && (
        <div className="field">
          <label htmlFor={`${id}-at`}>Date and time (your time zone)</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={local}
            onChange={(e) => {
              setLocal(e.target.value);
              onChange(e.target.value);
            }}
          />
        </div>
      )}
    </fieldset>
  );
}

/**
 * The wave's mailings set for a time and its reminders: what went out and when, what is still to go (and may
 * be cancelled), and the form for the next one. Reminders reach only people who have not answered.
 */
export function MailingPlan({
  url,
  mailings,
  listed,
  notAnswered,
  onChange,
}: {
  url: string;
  mailings: Mailing[];
  /** People on the list not sent their invitation yet. */
  listed: number;
  notAnswered: number;
  onChange: () => void;
}) {
  const invitations = mailings.find((m) => m.number === 0);
  const reminders = mailings.filter((m) => m.number > 0);
  const [at, setAt] = useState<string | null>(null);
  const [invitationAt, setInvitationAt] = useState("");
  const [sentNow, setSentNow] = useState(false);
  const schedule = useApiAction({
    send: (input: { kind: "invitation" | "reminder"; at?: string }) => api.post(`${url}/mailings`, input, scheduled),
    onSuccess: onChange,
  });
  const cancel = useApiAction({
    send: (number: number) => api.delete(`${url}/mailings/${number}`),
    onSuccess: onChange,
  });
  const invitationsPlanned = invitations && !invitations.started;
  const canRemind = reminders.length < MAX_REMINDERS && (notAnswered > 0 || invitationsPlanned);

  return (
    <div data-testid="mailing-plan">
      <FormError message={(schedule.error ?? cancel.error)?.detailOr("Nothing was changed.")} />
      {invitationsPlanned && (
        <p data-testid="invitations-planned">
          The invitations go at <LocalTime iso={invitations.sendAt} /> to everyone on the list not sent one by then.{" "}
          <button
            className="button secondary small"
            type="button"
            onClick={() => cancel.run(0)}
            disabled={cancel.pending}
          >
            Cancel
          </button>
        </p>
      )}
      {listed > 0 && !invitationsPlanned && (
        <details className="later-send">
          <summary>Send the invitations later</summary>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setSentNow(false);
              schedule.run({ kind: "invitation", at: toInstant(invitationAt) ?? "" });
            }}
          >
            <div className="field">
              <label htmlFor="invitations-at">Date and time (your time zone)</label>
              <input
                id="invitations-at"
                type="datetime-local"
                value={invitationAt}
                aria-invalid={schedule.invalid("at")}
                onChange={(e) => setInvitationAt(e.target.value)}
              />
            </div>
            <button className="button secondary" type="submit" disabled={schedule.pending || !invitationAt}>
              Set the invitations for this time
            </button>
          </form>
        </details>
      )}

      <h3>Reminders</h3>
      {reminders.length === 0 ? (
        <p className="muted">
          No reminders yet. Up to {MAX_REMINDERS} can go, each only to people who have not answered.
        </p>
      ) : (
        <ul data-testid="reminders">
          {reminders.map((m) => (
            <li key={m.number}>
              <strong>Reminder {m.number}</strong>:{" "}
              {!m.started ? (
                <>
                  set for <LocalTime iso={m.sendAt} />{" "}
                  <button
                    className="button secondary small"
                    type="button"
                    onClick={() => cancel.run(m.number)}
                    disabled={cancel.pending}
                    aria-label={`Cancel reminder ${m.number}`}
                  >
                    Cancel
                  </button>
                </>
              ) : m.queued === 0 ? (
                <>
                  nobody to remind at <LocalTime iso={m.sendAt} />
                </>
              ) : (
                <>
                  {m.sent} of {count(m.queued ?? 0, "person", "people")} reminded from <LocalTime iso={m.sendAt} />
                  {m.failed > 0 ? ` · ${m.failed} not delivered` : ""}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canRemind ? (
        <form
          noValidate
          aria-labelledby="remind-heading"
          onSubmit={(event) => {
            event.preventDefault();
            setSentNow(at === null);
            schedule.run(at === null ? { kind: "reminder" } : { kind: "reminder", at: toInstant(at) ?? "" });
          }}
        >
          <p id="remind-heading">
            {notAnswered > 0
              ? `${count(notAnswered, "person has", "people have")} not answered yet.`
              : "A reminder set for after the invitations goes to whoever has not answered by then."}{" "}
            A reminder carries each person&apos;s own link, so anyone who started carries on where they stopped.
          </p>
          <WhenField name="reminder" onChange={setAt} />
          <button className="button" type="submit" disabled={schedule.pending || at === ""}>
            {at === null ? "Send a reminder now" : "Set the reminder"}
          </button>
          {schedule.succeeded && !schedule.pending && (
            <span role="status" className="muted">
              {" "}
              {sentNow ? "The reminder is on its way." : "The reminder is set."}
            </span>
          )}
        </form>
      ) : (
        reminders.length >= MAX_REMINDERS && <p className="muted">All {MAX_REMINDERS} reminders are used.</p>
      )}
    </div>
  );
}
