import type { ObstacleKind } from "@/lib/generated/prisma/client";

/** What an anonymous report's ballot holds, sealed: the report as it will be written, and its receipt's hash. */
export type SealedReport = {
  kind: ObstacleKind;
  title: string;
  effect: string;
  stageId: string | null;
  departmentId: string | null;
  receiptHash: string;
};
