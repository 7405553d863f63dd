/** The model as the set-up page shows it, section by section. */
export type SetupStage = { key: string; name: string };
export type SetupDepartment = { key: string; name: string; parent?: string };
export type SetupRole = { key: string; name: string; department: string; customerFacing: boolean; headcount?: number };
export type SetupTouchpoint = { role: string; stage: string };
export type SetupObjective = { key: string; name: string };
export type SetupLexiconTerm = { term: string; plainer: string };
