import type { Metadata } from "next";
import Link from "next/link";
import { DeletePeopleList } from "@/components/audience/delete-people-list";
import { MailTextsSection } from "@/components/audience/mail-texts-section";
import { PeopleUpload } from "@/components/audience/people-upload";
import { SendPanel } from "@/components/audience/send-panel";
import { orgPage } from "@/lib/access/page-gates";
import { getAudience } from "@/lib/diagnostic/audience/get-audience";
import { customisedLanguages, getMailTexts } from "@/lib/diagnostic/audience/mail-texts";
import { sampleMergeValues } from "@/lib/diagnostic/audience/merge-values";
import { MAIL_LANGUAGES } from "@/lib/diagnostic/audience/rules/mail-languages";

export const metadata: Metadata = { title: "People and invitations" };

export default orgPage<{ wave: string }>("diagnostic:manage", async (access, { org, wave: waveId }) => {
  const [audience, texts, customised] = await Promise.all([
    getAudience(access, waveId),
    getMailTexts(access, waveId),
    customisedLanguages(access, waveId),
  ]);
  const { wave } = audience;
  const url = `/api/orgs/${org}/waves/${wave.id}`;
  const samples = Object.fromEntries(
    MAIL_LANGUAGES.map((language) => [language, sampleMergeValues(access.organisation, wave, language)]),
  ) as Record<(typeof MAIL_LANGUAGES)[number], ReturnType<typeof sampleMergeValues>>;
  const closed = wave.status === "closed";
  return (
    <>
      <p>
        <Link href={`/orgs/${org}/diagnostic`}>← Diagnostic</Link>
      </p>
      <h1>{wave.name}: people and invitations</h1>
      <p>
        Upload the people to ask, then send each of them an email with their own single-use link, in the language the
        list gives them, now or at a set time; up to three reminders go only to those who have not answered. Their
        department, role and level come from the list, so they are not asked for them. Who was asked and whether they
        answered is kept apart from what they answered: nobody can tell which answers are whose.
      </p>
      <section className="card" aria-labelledby="people-heading">
        <h2 id="people-heading">People</h2>
        {closed ? (
          audience.total > 0 ? (
            <>
              <p>
                The wave is closed. The list of {audience.total} email addresses is no longer needed: deleting it
                changes no result.
              </p>
              <DeletePeopleList url={url} people={audience.total} />
            </>
          ) : (
            <p className="muted">The wave is closed and it has no people list.</p>
          )
        ) : (
          <PeopleUpload url={`${url}/people`} mailed={audience.total > audience.listed} />
        )}
      </section>
      {audience.total > 0 && (
        <section className="card" aria-labelledby="sending-heading">
          <h2 id="sending-heading">Sending</h2>
          <SendPanel url={url} initial={audience} waveOpen={wave.status === "open"} />
        </section>
      )}
      {(["invitation", "reminder"] as const).map((kind) => (
        <section className="card" aria-labelledby={`${kind}-heading`} key={kind}>
          <h2 id={`${kind}-heading`}>{kind === "invitation" ? "Invitation email" : "Reminder email"}</h2>
          <MailTextsSection
            url={`${url}/mail-texts`}
            kind={kind}
            english={texts}
            samples={samples}
            people={audience.languages}
            customised={customised[kind]}
            readOnly={closed}
          />
        </section>
      ))}
    </>
  );
});
