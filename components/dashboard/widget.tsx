import { type ReactNode, Suspense } from "react";
import { WidgetBoundary } from "./widget-boundary";

/**
 * A dashboard widget: its own card, its own loading state and its own error state. `reserve` (rem) is
 * the height its loading state holds, about what the widget usually takes, so the page does not jump
 * when it arrives.
 */
export function Widget({
  id,
  title,
  wide = false,
  reserve = 12,
  children,
}: {
  id: string;
  title: string;
  wide?: boolean;
  reserve?: number;
  children: ReactNode;
}) {
  return (
    <section
      className={`card widget${wide ? " wide" : ""}`}
      aria-labelledby={`${id}-heading`}
      data-testid={`widget-${id}`}
    >
      <h2 id={`${id}-heading`}>{title}</h2>
      <WidgetBoundary title={title}>
        <Suspense
          fallback={
            <p className="muted widget-loading" aria-busy="true" style={{ minHeight: `${reserve}rem` }}>
              Loading…
            </p>
          }
        >
          {children}
        </Suspense>
      </WidgetBoundary>
    </section>
  );
}
