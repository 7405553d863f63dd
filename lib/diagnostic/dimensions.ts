/** The three dimensions of the 3P diagnostic (DESIGN §4.1), in a module of their own with no schema, for client bundles. */
export const DIMENSIONS = ["practical", "personal", "possible"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
