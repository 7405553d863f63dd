"use client";

import { useRouter } from "next/navigation";
import { Component, type ReactNode } from "react";

/** Catches a widget's failure so it shows its own error, not a blank page; the rest of the dashboard stays. */
class Boundary extends Component<{ title: string; onRetry: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="widget-error" role="alert">
        <p>
          <strong>{this.props.title} could not load.</strong> The rest of the dashboard is unaffected.
        </p>
        <button
          className="button secondary small"
          type="button"
          onClick={() => {
            this.setState({ failed: false });
            this.props.onRetry();
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}

export function WidgetBoundary({ title, children }: { title: string; children: ReactNode }) {
  const router = useRouter();
  return (
    <Boundary title={title} onRetry={() => router.refresh()}>
      {children}
    </Boundary>
  );
}
