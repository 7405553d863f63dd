import { slugify } from "@/lib/organisations/rules/slug";

/** A key for a new item from its name ("Contact centre" → "contact-centre"), unique among `taken`. */
export function uniqueKey(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugify(name).slice(0, 60).replace(/-+$/, "") || "item";
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  return key;
}
