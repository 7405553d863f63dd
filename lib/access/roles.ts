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

/** What a role lets its holder do, said to them (on invitations). */
export const ROLE_FOR_YOU: Record<MemberRole, string> = {
  owner: "You will run the diagnostic, set up the model, edit everything and manage members.",
  executive: "You will read dashboards and reports, comment, approve behaviour definitions and own action items.",
  department_head: "You will edit the behaviours, processes and KPIs of your departments, and read their results.",
  viewer: "You will be able to read everything in the organisation, without changing anything.",
};
