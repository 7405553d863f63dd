"use client";

import { type ReactNode, useEffect, useRef } from "react";

/** Shown once a link is on its way; takes the focus so screen readers announce it. */
export function CheckYourInbox({
  email,
  children,
  onRestart,
}: {
  email: string;
  children: ReactNode;
  onRestart: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="alert success" role="status" data-testid="check-your-inbox">
      <h2 ref={heading} tabIndex={-1} className="notice-heading">
        Check your inbox
      </h2>
      <p>
        We have sent an email to <strong className="break-anywhere">{email}</strong>.
      </p>
      <p>{children}</p>
      <p>
        Nothing arrived after a few minutes? Look in your spam folder, or{" "}
        <button type="button" className="link-button" onClick={onRestart}>
          try again
        </button>
        .
      </p>
    </div>
  );
}
