/** The demo's sign-in accounts (printed by `npm run demo`, listed in the README). Never for production. */
export const DEMO_PASSWORD = "throughline-demo";

export const DEMO_ORGANISATION = { name: "Harbour Mutual", slug: "harbour-mutual" } as const;
export const SECOND_ORGANISATION = { name: "Northwind Energy", slug: "northwind-energy" } as const;

export const DEMO_ACCOUNTS = [
  {
    email: "consultant@demo.throughline.test",
    name: "Olivia Okafor",
    role: "owner",
    note: "owner / consultant of both demo organisations",
  },
  { email: "executive@demo.throughline.test", name: "Eamon Clarke", role: "executive", note: "executive" },
  {
    email: "head@demo.throughline.test",
    name: "Hanna Lindqvist",
    role: "department_head",
    note: "department head of the contact centre",
  },
  { email: "viewer@demo.throughline.test", name: "Victor Mensah", role: "viewer", note: "viewer" },
  {
    email: "outsider@demo.throughline.test",
    name: "Odile Laurent",
    role: null,
    note: "owner of Northwind Energy only",
  },
] as const;
