/** What the model widgets share within a request. */
import { cache } from "react";
import { getReviewedFindings } from "@/lib/findings/get-reviewed-findings";
import { type OrgAccess } from "@/lib/access/org-access";

/** The model, its analysis and the reviews of its findings, read once per request for every widget. */
export const reviewedFindings = cache((access: OrgAccess) => getReviewedFindings(access));
