"use client";

import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { createPortal } from "react-dom";

/** What a confirmation names: the change in a question, one sentence saying exactly what it touches, the verb. */
export type ConfirmRequest = {
  /** A question naming the thing, e.g. "Remove the department Billing?" */
  title: string;
  /** One or two sentences saying exactly what changes, enough to tell two things of the same name apart. */
  message: string;
  /** The confirming button's label, the action itself: "Remove Billing", never "OK". */
  action: string;
};

type Pending = ConfirmRequest & { settle: (confirmed: boolean) => void; opener: Element | null };

/**
 * A modal confirmation on the native `<dialog>`: focus moves into it (onto Cancel, the safe choice), Escape
 * cancels, and focus returns to what opened it. `confirm(request)` resolves true only when the action is chosen;
 * render `dialog` anywhere in the component (it is portalled to the body, outside any form).
 */
export function useConfirm(): { confirm: (request: ConfirmRequest) => Promise<boolean>; dialog: ReactNode } {
  const [pending, setPending] = useState<Pending | null>(null);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const confirm = useCallback(
    (request: ConfirmRequest) =>
      new Promise<boolean>((settle) => setPending({ ...request, settle, opener: document.activeElement })),
    [],
  );
  const dialog =
    mounted && pending
      ? createPortal(
          <ConfirmDialog
            request={pending}
            onClose={(confirmed) => {
              setPending(null);
              if (pending.opener instanceof HTMLElement && pending.opener.isConnected) pending.opener.focus();
              pending.settle(confirmed);
            }}
          />,
          document.body,
        )
      : null;
  return { confirm, dialog };
}

function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose: (confirmed: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      data-testid="confirm-dialog"
      // Escape (and any other native close) lands here with no returnValue: that is a cancel.
      onClose={() => onClose(ref.current?.returnValue === "confirm")}
    >
      <h2 id={`${id}-title`}>{request.title}</h2>
      <p id={`${id}-message`}>{request.message}</p>
      <div className="confirm-dialog-actions">
        {/* A modal puts focus inside it; Cancel is the safe place to land. */}
        <button className="button secondary" type="button" autoFocus onClick={() => ref.current?.close("cancel")}>
          Cancel
        </button>
        <button className="button danger" type="button" onClick={() => ref.current?.close("confirm")}>
          {request.action}
        </button>
      </div>
    </dialog>
  );
}

/** A button that asks first: `<ConfirmButton confirm={{ title, message, action }} onConfirm={remove}>Remove</ConfirmButton>`. */
export function ConfirmButton({
  confirm: request,
  onConfirm,
  children,
  ...button
}: {
  confirm: ConfirmRequest;
  onConfirm: () => void;
  children: ReactNode;
} & Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, "onClick" | "type" | "children">) {
  const { confirm, dialog } = useConfirm();
  return (
    <>
      <button type="button" {...button} onClick={async () => (await confirm(request)) && onConfirm()}>
        {children}
      </button>
      {dialog}
    </>
  );
}
