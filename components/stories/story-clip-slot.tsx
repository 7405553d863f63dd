"use client";

import { useQuery } from "@tanstack/react-query";
import { useParams } from "next/navigation";
import { api } from "@/lib/client/api";
import type { ClipView } from "@/lib/stories/clip-view";
import { StoryClip } from "./story-clip";

export const storyClipsKey = (org: string) => ["story-clips", org] as const;

/**
 * A story card's player. Pages that already have the clip pass it; elsewhere (the dashboard, the customer
 * room) every card on the page shares one light request for the organisation's clips.
 */
export function StoryClipSlot({
  storyKey,
  customer,
  clip,
}: {
  storyKey?: string;
  customer: string;
  clip?: ClipView | null;
}) {
  const params = useParams<{ org?: string }>();
  const org = params?.org;
  const { data } = useQuery({
    queryKey: storyClipsKey(org ?? ""),
    // The schema (and zod) loads with the request, not with the dashboard's first bundle.
    queryFn: async () =>
      api.get(`/api/orgs/${org}/stories?only=clips`, (await import("@/lib/stories/clip-view")).storyClipsSchema),
    enabled: clip === undefined && Boolean(org && storyKey),
  });
  const shown = clip !== undefined ? clip : data?.find((entry) => entry.story === storyKey)?.clip;
  return shown ? <StoryClip clip={shown} customer={customer} /> : null;
}
