/** The answer of GET /api/orgs/[org]/dashboard/diagnostic, checked in the browser before the widget draws it. */
import { z } from "zod";
import type { DiagnosticSummary } from "@/lib/dashboard/get-diagnostic-summary";
import { DIMENSIONS } from "@/lib/diagnostic/dimensions";

const dimension = z.enum(DIMENSIONS);
const hidden = z.object({ shown: z.literal(false), reason: z.string() });
const shownDimension = z.object({ shown: z.literal(true), index: z.number(), respondents: z.number() });
const wave = z.object({ id: z.string(), name: z.string(), status: z.string() });

export const diagnosticSummarySchema = z.object({
  waves: z.array(wave),
  wave: wave.nullable(),
  limitedTo: z.array(z.string()).nullable(),
  respondents: z.number().nullable(),
  shown: z.boolean(),
  hiddenReason: z.string().nullable(),
  index3P: z.number().nullable(),
  dimensions: z.record(dimension, z.union([shownDimension, hidden])).nullable(),
  previousWave: z.string().nullable(),
  deltas: z.array(
    z.object({
      measure: z.union([z.literal("3P"), dimension]),
      current: z.number(),
      previous: z.number(),
      delta: z.number(),
    }),
  ),
  gaps: z.array(
    z.union([
      z.object({
        dimension,
        shown: z.literal(true),
        gap: z.number(),
        calledOut: z.boolean(),
        leader: z.number(),
        frontline: z.number(),
      }),
      hidden.extend({ dimension }),
    ]),
  ),
});

// The schema and the server's type must describe the same shape: neither compiles if one changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameShape: Same<z.output<typeof diagnosticSummarySchema>, DiagnosticSummary> = true;
