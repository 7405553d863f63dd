/** The report's sections, in order: their anchors and titles (the contents page lists them). */
export const SECTIONS = [
  { id: "summary", title: "Executive summary" },
  { id: "results", title: "3P results" },
  { id: "gaps", title: "Leaders and frontline" },
  { id: "participation", title: "Participation" },
  { id: "departments", title: "By department" },
  { id: "heatmap", title: "Statements by department" },
  { id: "statements", title: "Statement by statement" },
  { id: "alignment", title: "Alignment" },
  { id: "findings", title: "Findings and customer stories" },
  { id: "actions", title: "Action items" },
  { id: "exposure", title: "Customer exposure" },
  { id: "anonymity", title: "How anonymity was protected" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];
export type SectionPages = Partial<Record<SectionId, number>>;
