"use client";

import { createContext, type ReactNode, useContext } from "react";
import { DEFAULT_INDUSTRY, type Industry } from "@/lib/setup/rules/industries";

/**
 * The organisation's industry, for the set-up sections that offer its templates (stages, lexicon). Given once
 * by the page, so the sections in between need not pass it along.
 */
const IndustryContext = createContext<Industry>(DEFAULT_INDUSTRY);

export function SetupIndustry({ industry, children }: { industry: Industry; children: ReactNode }) {
  return <IndustryContext value={industry}>{children}</IndustryContext>;
}

export function useSetupIndustry(): Industry {
  return useContext(IndustryContext);
}
