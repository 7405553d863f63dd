import { z } from "zod";
import { calendarDay } from "@/lib/validation/database-ranges";
import { currentInstrumentId } from "@/lib/diagnostic/instruments/manage-instruments";
import { createWave } from "@/lib/diagnostic/waves/manage-waves";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

const day = calendarDay("Use a date (YYYY-MM-DD)");
const keys = z.array(z.string().trim().min(1).max(100)).max(500);

const waveInput = z.object({
  name: z.string().trim().min(2, "Give the wave a name").max(120),
  instrumentId: z.string().min(1).max(100).optional(),
  k: z.number().int().min(3, "k is at least 3").max(50).default(5),
  audienceDepartments: keys.default([]),
  audienceRoles: keys.default([]),
  /** Links work from the start of this day (UTC)… */
  opensOn: day.optional(),
  /** …to the end of this one. */
  closesOn: day.optional(),
  sharedLinkMode: z.enum(["verified", "open"]).default("verified"),
  resultsRelease: z.enum(["after_close", "snapshots"]).default("after_close"),
});

const DAY_MS = 24 * 3600 * 1000;

export const POST = orgRoute("diagnostic:manage", async (request, access) => {
  const { opensOn, closesOn, instrumentId, ...input } = await parseJsonBody(request, waveInput);
  const created = await createWave(access, {
    ...input,
    instrumentId: instrumentId ?? (await currentInstrumentId(access)),
    opensAt: opensOn ? new Date(`${opensOn}T00:00:00Z`) : null,
    closesAt: closesOn ? new Date(new Date(`${closesOn}T00:00:00Z`).getTime() + DAY_MS) : null,
  });
  return Response.json(created, { status: 201 });
});
