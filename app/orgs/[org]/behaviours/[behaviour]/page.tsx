import type { Metadata } from "next";
import Link from "next/link";
import { BehaviourEditor } from "@/components/behaviours/behaviour-editor";
import { VersionComparison } from "@/components/behaviours/version-comparison";
import { VersionPicker } from "@/components/behaviours/version-picker";
import { WorkflowActions } from "@/components/behaviours/workflow-actions";
import { LanguageNotes, MarkedText } from "@/components/model/marked-text";
import { availableTransitions } from "@/lib/behaviours/rules/behaviour-workflow";
import { compareVersions, REMOVED_OBJECTIVE } from "@/lib/behaviours/rules/compare-versions";
import { getBehaviour } from "@/lib/behaviours/get-behaviour";
import { orgPage } from "@/lib/access/page-gates";
import { checkLanguage } from "@/lib/language/rules/check-language";
import { getLexicon } from "@/lib/language/get-lexicon";

export const metadata: Metadata = { title: "Behaviour" };

export default orgPage<{ behaviour: string }>("organisation:read", async (access, { org, behaviour: key }, query) => {
  const [behaviour, lexicon] = await Promise.all([getBehaviour(access, key), getLexicon(access)]);
  const hits = checkLanguage(behaviour.action, lexicon);
  const objectiveName = new Map(behaviour.allObjectives.map((o) => [o.key, o.name]));
  const versionNumbers = behaviour.versions.map((v) => v.version);
  const latest = versionNumbers[0]!;
  const to = versionNumbers.includes(Number(query.to)) ? Number(query.to) : latest;
  const from = versionNumbers.includes(Number(query.from))
    ? Number(query.from)
    : (versionNumbers.find((v) => v < to) ?? to);
  const version = (n: number) => behaviour.versions.find((v) => v.version === n)!;
  const comparison = compareVersions(version(from), version(to), objectiveName);
  const transitions = availableTransitions(behaviour.status, behaviour.powers).map((t) => ({
    to: t.to,
    label: t.label,
    needsComment: t.needsComment,
  }));

  return (
    <>
      <p>
        <Link href={`/orgs/${org}/model/${behaviour.role.key}/${behaviour.stage.key}`}>
          ← {behaviour.role.name} · {behaviour.stage.name}
        </Link>
      </p>
      <div className="page-header">
        <div>
          <div className="finding-head">
            <span className={`status ${behaviour.status}`} data-testid="behaviour-status">
              {behaviour.status}
            </span>
            <span className="muted">version {behaviour.version}</span>
          </div>
          <h1>
            <MarkedText id="action" text={behaviour.action} hits={hits} />
          </h1>
          <LanguageNotes id="action" hits={hits} />
          <p>
            {behaviour.role.name} ({behaviour.role.department},{" "}
            {behaviour.role.customerFacing ? "customer-facing" : "back-office"}) at “{behaviour.stage.name}”
          </p>
        </div>
      </div>
      <section className="card">
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
        <p>
          <strong>Serves:</strong>{" "}
          {behaviour.objectives.length ? (
            behaviour.objectives.map((o) => objectiveName.get(o) ?? REMOVED_OBJECTIVE).join("; ")
          ) : (
            <span className="muted">no objective named yet</span>
          )}
        </p>
        <WorkflowActions org={org} behaviourKey={behaviour.key} version={behaviour.version} actions={transitions} />
      </section>
      {behaviour.powers.editor && (
        <section className="card">
          <BehaviourEditor
            org={org}
            behaviour={{
              key: behaviour.key,
              version: behaviour.version,
              action: behaviour.action,
              why: behaviour.why,
              evidence: behaviour.evidence,
              objectives: behaviour.objectives,
            }}
            objectives={behaviour.allObjectives}
            lexicon={lexicon}
          />
        </section>
      )}
      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ol className="influence-list" reversed>
          {behaviour.versions.map((v) => (
            <li key={v.version} data-testid="version">
              <strong>Version {v.version}</strong> · {v.status} · {v.author} ·{" "}
              <time dateTime={v.at}>
                {new Date(v.at).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })}{" "}
                UTC
              </time>
              {v.comment ? <span> — “{v.comment}”</span> : null}
            </li>
          ))}
        </ol>
        {versionNumbers.length > 1 && (
          <>
            <VersionPicker
              key={`${from}-${to}-${versionNumbers.join(",")}`}
              versions={versionNumbers}
              from={from}
              to={to}
            />
            <VersionComparison fields={comparison} from={from} to={to} />
          </>
        )}
      </section>
    </>
  );
});
