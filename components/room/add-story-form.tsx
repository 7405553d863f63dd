"use client";

import { useState } from "react";
import { StoryForm } from "@/components/stories/story-form";

type Choices = { stages: { key: string; name: string }[]; roles: { key: string; name: string }[] };

/**
 * The story form as the customer room's QR code opens it: the stage already chosen, and a thank-you
 * after each story so the next one can follow.
 */
export function AddStoryForm({ org, choices, stage }: { org: string; choices: Choices; stage: string | null }) {
  const [added, setAdded] = useState(0);
  // A stage the model does not hold is not chosen: the form starts with none, as from the stories page.
  const initialStage = stage && choices.stages.some((s) => s.key === stage) ? stage : null;
  return (
    <div>
      <p role="status" className={added ? "alert success" : "sr-only"}>
        {added ? `Thank you — ${added === 1 ? "the story was" : `${added} stories were`} added. Add another?` : ""}
      </p>
      <StoryForm org={org} choices={choices} initialStage={initialStage} onDone={() => setAdded((n) => n + 1)} />
    </div>
  );
}
