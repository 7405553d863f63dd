import type { ReactNode } from "react";
import { Brand } from "@/components/ui/brand";

/** The frame of the pages before sign-in: the brand, a heading, the content, an optional footer. */
export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <div className="brand">
          <Brand />
        </div>
        <h1>{title}</h1>
        {children}
        {footer && <p className="auth-footer">{footer}</p>}
      </div>
    </main>
  );
}
