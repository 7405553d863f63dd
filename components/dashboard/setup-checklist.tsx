import Link from "next/link";
import type { SetupStep } from "@/lib/setup/rules/setup-steps";

/**
 * A new organisation's way to its first wave, on its dashboard until every step is done: what is done,
 * what comes next and where to do it — instead of empty widgets that read as if all were well.
 */
export function SetupChecklist({ org, steps }: { org: string; steps: SetupStep[] }) {
  const done = steps.filter((s) => s.done).length;
  if (done === steps.length) return null;
  const next = steps.find((s) => !s.done)!;
  return (
    <section className="card setup-checklist" aria-labelledby="setup-heading" data-testid="setup-checklist">
      <h2 id="setup-heading">Getting started</h2>
      <p>
        {done} of {steps.length} steps done. Next:{" "}
        <Link href={`/orgs/${org}${next.path}`}>{next.title.toLowerCase()}</Link>.
      </p>
      <progress max={steps.length} value={done} aria-label="Set-up progress">
        {done} of {steps.length}
      </progress>
      <ol>
        {steps.map((step) => (
          <li key={step.id} className={step.done ? "done" : step === next ? "next" : undefined}>
            <span className="setup-state">{step.done ? "Done" : step === next ? "Next" : "To do"}</span>{" "}
            <Link href={`/orgs/${org}${step.path}`}>{step.title}</Link>
            <span className="muted"> — {step.why}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
