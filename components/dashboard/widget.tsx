import { type ReactNode, Suspense } from "react";
import { WidgetBoundary } from "./widget-boundary";

/** A dashboard widget: its own card, its own loading state and its own error state. */
export function Widget({ id, title, wide = false, children }: { id: string; title: string; wide?: boolean; children: ReactNode }) {
  return (
    <section className={`card widget${wide ? " wide" : ""}`} aria-labelledby={`${id}-heading`} data-testid={`widget-${id}`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <WidgetBoundary title={title}>
        <Suspense fallback={<p className="muted widget-loading" aria-busy="true">Loading…</p>}>{children}</Suspense>
      </WidgetBoundary>
    </section>
  );
}
