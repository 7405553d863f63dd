import type { Metadata } from "next";
import Link from "next/link";
import {
  CloseWorkshopButton,
  MomentToBehaviourForm,
  MomentToStoryButton,
  NewWorkshopLinkButton,
  OpenWorkshopForm,
} from "@/components/workshops/workshop-controls";
import { can } from "@/lib/access/permissions";
import { count } from "@/lib/text/plural";
import { orgPage } from "@/lib/access/page-gates";
import { storyChoices } from "@/lib/stories/list-story-choices";
import { listWorkshops } from "@/lib/workshops/list-workshops";

export const metadata: Metadata = { title: "Empathy workshops" };

const WE_CREATE = { yes: "yes", sometimes: "sometimes", no: "no", not_sure: "not sure" } as const;

export default orgPage("organisation:read", async (access, { org }) => {
  const workshops = await listWorkshops(access);
  const run = can(access.membership.role, "workshops:run");
  // The roles and stages a moment can start a behaviour for.
  const choices = run ? await storyChoices(access) : null;
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Empathy workshops</h1>
          <p>
            Participants recall their best and worst experience as a customer — of any company — and say whether this
            organisation creates such moments. The moments become customer stories and inputs to what great looks like.
          </p>
        </div>
        <Link className="button secondary small" href={`/orgs/${org}/stories`}>
          Customer stories
        </Link>
      </div>
      {run && (
        <section className="card">
          <OpenWorkshopForm org={org} />
        </section>
      )}
      {workshops.length === 0 && <p className="card muted">No workshops yet.</p>}
      {workshops.map((w) => (
        <section key={w.id} className="card" aria-labelledby={`workshop-${w.id}`} data-testid="workshop">
          <div className="finding-head">
            <h2 id={`workshop-${w.id}`} style={{ margin: 0 }}>
              {w.name}
            </h2>
            <span className={`status ${w.status === "open" ? "approved" : "retired"}`}>{w.status}</span>
          </div>
          <p className="muted">
            {count(w.moments.length, "moment")} · we create the best ones: {w.weCreate.best.yes} yes,{" "}
            {w.weCreate.best.sometimes} sometimes, {w.weCreate.best.no} no · the worst ones: {w.weCreate.worst.yes} yes,{" "}
            {w.weCreate.worst.sometimes} sometimes, {w.weCreate.worst.no} no
          </p>
          {run && w.status === "open" && (
            <div className="row-actions">
              <NewWorkshopLinkButton org={org} workshopId={w.id} name={w.name} />
              <CloseWorkshopButton org={org} workshopId={w.id} />
            </div>
          )}
          {(["best", "worst"] as const).map((kind) => {
            const moments = w.moments.filter((m) => m.moment === kind);
            return moments.length ? (
              <div key={kind}>
                <h3 style={{ marginTop: "1rem" }}>{kind === "best" ? "Best experiences" : "Worst experiences"}</h3>
                <ul className="plain-list">
                  {moments.map((m) => (
                    <li
                      key={m.id}
                      className={`story-card ${kind === "best" ? "positive" : "negative"}`}
                      data-testid="moment"
                    >
                      <div>
                        <p style={{ margin: 0 }}>“{m.story}”</p>
                        <p className="muted" style={{ margin: 0 }}>
                          What made it so: {m.why} · we create such moments: {WE_CREATE[m.weCreateIt]}
                        </p>
                        <div className="row-actions">
                          {m.storyKey ? (
                            <Link href={`/orgs/${org}/stories`}>Now a customer story</Link>
                          ) : (
                            run && <MomentToStoryButton org={org} workshopId={w.id} momentId={m.id} />
                          )}
                          {choices && (
                            <MomentToBehaviourForm
                              org={org}
                              workshopId={w.id}
                              momentId={m.id}
                              roles={choices.roles}
                              stages={choices.stages}
                            />
                          )}
                        </div>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null;
          })}
        </section>
      ))}
    </>
  );
});
