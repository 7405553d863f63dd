/** The `throughline.instrument/1` format (DESIGN §7): versioned 3P statements on a 5-point agreement scale. */
import { z } from "zod";
import { DIMENSIONS } from "./dimensions";

export { DIMENSIONS, type Dimension } from "./dimensions";
export const INSTRUMENT_FORMAT = "throughline.instrument/1";

export const instrumentItemSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, "keys are letters, digits, '-', '_' or '.'"),
  dimension: z.enum(DIMENSIONS),
  theme: z.string().trim().min(1).max(100),
  text: z.string().trim().min(5, "at least 5 characters").max(500),
  reversed: z.boolean(),
});

export const instrumentSchema = z
  .strictObject({
    format: z.literal(INSTRUMENT_FORMAT, { message: `must be "${INSTRUMENT_FORMAT}"` }),
    name: z.string().trim().min(1).max(200),
    items: z.array(instrumentItemSchema).min(1, "an instrument needs at least one statement"),
  })
  .superRefine((instrument, context) => {
    const seen = new Set<string>();
    instrument.items.forEach((item, index) => {
      if (seen.has(item.key))
        context.addIssue({ code: "custom", path: ["items", index, "key"], message: `duplicate key "${item.key}"` });
      seen.add(item.key);
    });
  });

export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;
