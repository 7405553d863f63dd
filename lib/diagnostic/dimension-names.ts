import type { Dimension } from "./dimensions";

/** How the dimensions are named on screen (a module of its own so client pages do not bundle the schema). */
export const DIMENSION_NAMES: Record<Dimension, string> = {
  practical: "Practical",
  personal: "Personal",
  possible: "Possible",
};
