"use client";

import { useEffect, useRef } from "react";

/**
 * A form's error, announced. With `takeFocus`, it also takes the keyboard focus and scrolls into view when it
 * appears: on a phone a long form's error would otherwise appear out of sight of the button just pressed.
 */
export function FormError({ message, takeFocus = false }: { message: string | null | undefined; takeFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeFocus || !message || !ref.current) return;
    ref.current.focus({ preventScroll: true });
    ref.current.scrollIntoView({ block: "center" });
  }, [takeFocus, message]);
  if (!message) return null;
  return (
    <div ref={ref} className="alert error" role="alert" tabIndex={takeFocus ? -1 : undefined}>
      {message}
    </div>
  );
}
