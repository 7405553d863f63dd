import type { ReactNode } from "react";

/**
 * A wide table's own sideways scroller, so the page never scrolls sideways on a phone. It takes keyboard
 * focus (arrow keys then scroll it) and is a named region ("Table: …", never the same name as the section
 * around it), so screen-reader users know what they are in.
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-wrap ${className}` : "table-wrap"}
      role="region"
      aria-label={`Table: ${label}`}
      tabIndex={0}
    >
      {children}
    </div>
  );
}
