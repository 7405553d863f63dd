/** Membership roles per organisation (DESIGN §2), with the names users see. */
export const MEMBER_ROLES = ["owner", "executive", "department_head", "viewer"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const ROLE_LABELS: Record<MemberRole, string> = {
  owner: "Owner / consultant",
  executive: "Executive",
  department_head: "Department head",
  viewer: "Viewer",
};

export const ROLE_DESCRIPTIONS: Record<MemberRole, string> = {
  owner: "Runs the diagnostic, sets up the model, edits everything, manages members.",
  executive: "Reads dashboards and reports, comments, approves behaviour definitions, owns action items.",
  department_head: "Edits the behaviours, processes and KPIs of their own departments; reads their results.",
  viewer: "Reads.",
};
