import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewBehaviourForm } from "@/components/behaviours/new-behaviour-form";
import { LanguageNotes, MarkedText } from "@/components/model/marked-text";
import { canEditRole } from "@/lib/behaviours/can-edit-role";
import { REMOVED_OBJECTIVE } from "@/lib/behaviours/rules/compare-versions";
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { classifyBehaviour, indexModel } from "@/lib/alignment/rules/model-index";
import { orgPage } from "@/lib/access/page-gates";
import { momentInQuery } from "@/lib/workshops/input";
import { momentEvidence } from "@/lib/workshops/moment-drafts";
import { momentOf } from "@/lib/workshops/moment-of";
import { checkLanguage } from "@/lib/language/rules/check-language";
import { getLexicon } from "@/lib/language/get-lexicon";
import { INFLUENCE_SOURCE_LABELS, parseInfluenceSource } from "@/lib/model/rules/references";

export const metadata: Metadata = { title: "Behaviours" };

const STATUS_ORDER = ["approved", "proposed", "draft", "retired"] as const;
const ALIGNMENT_LABEL = { aligned: "Aligned", conflicted: "Conflicted", unsupported: "Unsupported" } as const;

export default orgPage<{ role: string; stage: string }>(
  "organisation:read",
  async (access, { org, role: roleKey, stage: stageKey }, query) => {
    const [{ model }, lexicon] = await Promise.all([getOrganisationAnalysis(access), getLexicon(access)]);
    const role = model.roles.find((r) => r.key === roleKey);
    const stage = model.stages.find((s) => s.key === stageKey);
    if (!role || !stage) notFound();
    const department = model.departments.find((d) => d.key === role.department);
    const touches = model.touchpoints.some((t) => t.role === role.key && t.stage === stage.key);
    const index = indexModel(model);
    const position = new Map(model.behaviours.map((b, i) => [b.key, i]));
    const behaviours = model.behaviours
      .filter((b) => b.role === role.key && b.stage === stage.key)
      .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.key.localeCompare(b.key));
    const sourceName = (from: string) => {
      const { kind, key } = parseInfluenceSource(from);
      const list = kind === "kpi" ? model.kpis : kind === "process" ? model.processes : model.systems;
      return `${INFLUENCE_SOURCE_LABELS[kind]} “${list.find((x) => x.key === key)?.name ?? key}”`;
    };
    const objectiveName = new Map(model.objectives.map((o) => [o.key, o.name]));
    // `?workshop=&moment=`: a workshop moment starts the new behaviour, quoted as why it matters.
    const from = momentInQuery(query);
    const why = from ? momentEvidence(await momentOf(access, from.workshop, from.moment)) : undefined;

    return (
      <>
        <p>
          <Link href={`/orgs/${org}/model`}>← Model</Link>
        </p>
        <div className="page-header">
          <div>
            <h1>
              {role.name} · {stage.name}
            </h1>
            <p>
              {department?.name} · {role.customerFacing ? "customer-facing" : "back-office"}
              {role.headcount ? ` · ${role.headcount} people` : ""} ·{" "}
              {touches ? "takes part in this stage" : "not a touchpoint"}
            </p>
          </div>
        </div>
        {touches && !behaviours.some((b) => b.status === "approved") && (
          <div className="alert info" role="note">
            Blind spot: this role takes part in “{stage.name}”, but no approved behaviour says what great looks like
            here.
          </div>
        )}
        <section className="card" aria-label="Behaviours">
          {behaviours.length === 0 ? (
            <p className="muted">No behaviours written for this cell yet.</p>
          ) : (
            behaviours.map((behaviour) => {
              const b = position.get(behaviour.key)!;
              const influences = model.influences.filter((i) => i.to === behaviour.key);
              const hits = checkLanguage(behaviour.action, lexicon);
              return (
                <article
                  key={behaviour.key}
                  id={`behaviour-${behaviour.key}`}
                  className="behaviour"
                  data-testid="behaviour"
                >
                  <div className="finding-head">
                    <span className={`status ${behaviour.status}`}>{behaviour.status}</span>
                    {behaviour.status === "approved" && (
                      <span className="chip">{ALIGNMENT_LABEL[classifyBehaviour(index, b)]}</span>
                    )}
                  </div>
                  <h3>
                    <Link href={`/orgs/${org}/behaviours/${behaviour.key}`} style={{ color: "inherit" }}>
                      <MarkedText id={`b-${behaviour.key}`} text={behaviour.action} hits={hits} />
                    </Link>
                  </h3>
                  <LanguageNotes id={`b-${behaviour.key}`} hits={hits} />
                  {behaviour.why && (
                    <p>
                      <strong>Why it matters to the customer:</strong> {behaviour.why}
                    </p>
                  )}
                  {behaviour.evidence && (
                    <p>
                      <strong>How you would see it:</strong> {behaviour.evidence}
                    </p>
                  )}
                  {behaviour.objectives?.length ? (
                    <p>
                      <strong>Serves:</strong>{" "}
                      {behaviour.objectives.map((o) => objectiveName.get(o) ?? REMOVED_OBJECTIVE).join("; ")}
                    </p>
                  ) : null}
                  {influences.length > 0 && (
                    <ul className="influence-list" aria-label="What supports or obstructs it">
                      {influences.map((i) => (
                        <li key={i.from}>
                          <span className={`effect-${i.effect}`}>
                            {i.effect === "supports" ? "Supports" : "Obstructs"}
                          </span>{" "}
                          ({"●".repeat(i.strength)}): {sourceName(i.from)}
                          {i.why ? <span className="muted"> — {i.why}</span> : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </article>
              );
            })
          )}
        </section>
        {(await canEditRole(access, role.key)) && (
          <section className="card">
            <NewBehaviourForm
              org={org}
              role={role.key}
              stage={stage.key}
              objectives={model.objectives.map((o) => ({ key: o.key, name: o.name }))}
              lexicon={lexicon}
              initialWhy={why}
            />
          </section>
        )}
      </>
    );
  },
);
