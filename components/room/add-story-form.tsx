"use client";

import { useEffect, useRef, useState } from "react";
import { StoryForm } from "@/components/stories/story-form";

type Choices = { stages: { key: string; name: string }[]; roles: { key: string; name: string }[] };

/**
 * The story form as the customer room's QR code opens it: the stage already chosen, and a thank-you
 * after each story so the next one can follow.
 */
export function AddStoryForm({ org, choices, stage }: { org: string; choices: Choices; stage: string | null }) {
  const box = useRef<HTMLDivElement>(null);
  const [added, setAdded] = useState(0);
  useEffect(() => {
    if (!stage) return;
    // StoryForm (components/stories) takes no starting stage; choose it the way a person would, through
    // the select's own change event, until that form grows a prop for it.
    const label = [...box.current!.querySelectorAll("label")].find((l) => l.textContent?.trim() === "Stage");
    const select = label ? document.getElementById(label.htmlFor) : null;
    if (!(select instanceof HTMLSelectElement)) return;
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!.call(select, stage);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  }, [stage]);
  return (
    <div ref={box}>
      <p role="status" className={added ? "alert success" : "sr-only"}>
        {added ? `Thank you — ${added === 1 ? "the story was" : `${added} stories were`} added. Add another?` : ""}
      </p>
      <StoryForm org={org} choices={choices} onDone={() => setAdded((n) => n + 1)} />
    </div>
  );
}
