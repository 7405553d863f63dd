import { beforeEach, expect, it } from "vitest";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { DEFAULT_INSTRUMENT } from "../default-instrument";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { addInstrument } from "./add-instrument";
import { copyInstrument } from "./copy-instrument";
import { getInstrument } from "./get-instrument";
import { importInstrumentText } from "./import-instrument";
import { listInstruments } from "./list-instruments";
import { saveInstrument } from "./save-instrument";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createInvitations } from "@/lib/diagnostic/waves/create-invitations";
import { openInvitation } from "@/lib/diagnostic/respond/open-invitation";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import { statementIn, themeIn } from "@/lib/diagnostic/rules/statement-in";

/** A small instrument written in English, with French and German for some statements and themes and not others. */
const TRANSLATED = {
  format: "throughline.instrument/1",
  name: "Multilingual",
  language: "en",
  items: [
    {
      key: "pr-1",
      dimension: "practical",
      theme: "Defined",
      text: "I know what a great experience for our customers looks like.",
      reversed: false,
      translations: {
        fr: "Je sais à quoi ressemble une excellente expérience pour nos clients.",
        de: "Ich weiß, wie ein hervorragendes Erlebnis für unsere Kundschaft aussieht.",
      },
      themeTranslations: { fr: "Défini", de: "Festgelegt" },
    },
    {
      key: "pe-1",
      dimension: "personal",
      theme: "Voice",
      text: "Nobody has told me how my work affects customers.",
      reversed: true,
      translations: { fr: "Personne ne m’a dit en quoi mon travail touche les clients." },
    },
    {
      key: "po-1",
      dimension: "possible",
      theme: "Room",
      text: "I can put things right for a customer.",
      reversed: false,
    },
  ],
};

describeOnEachDatabase("instruments", (use) => {
  let owner: OrgAccess;

  beforeEach(async () => {
    owner = await makeOwnedOrganisation(use().db, "Instrument Co");
  });

  const edited = (name: string) => ({
    ...DEFAULT_INSTRUMENT,
    name,
    items: [
      ...DEFAULT_INSTRUMENT.items.slice(0, 5),
      {
        key: "own-1",
        dimension: "possible" as const,
        theme: "Our own",
        text: "I can refund a customer without asking anyone.",
        reversed: false,
      },
    ],
  });

  it("edits an instrument no wave has opened with in place", async () => {
    const { id } = await addInstrument(owner);
    await createWave(owner, { name: "Draft wave", instrumentId: id });
    expect(await saveInstrument(owner, id, edited("Ours"))).toEqual({ id, version: 1, newVersion: false });
    const saved = await getInstrument(owner, id);
    expect(saved.document.items.map((i) => i.key)).toEqual([
      ...DEFAULT_INSTRUMENT.items.slice(0, 5).map((i) => i.key),
      "own-1",
    ]);
    expect(saved.frozen).toBe(false);
  });

  it("freezes an instrument once a wave using it opens: saving makes the next version, the old one stays as answered", async () => {
    const { db } = use();
    const { id } = await addInstrument(owner);
    const { id: waveId } = await createWave(owner, { name: "Spring", instrumentId: id });
    await openWave(owner, waveId);
    const result = await saveInstrument(owner, id, edited("Ours"));
    expect(result).toMatchObject({ version: 2, newVersion: true });
    expect(result.id).not.toBe(id);
    expect((await getInstrument(owner, id)).document.items).toHaveLength(DEFAULT_INSTRUMENT.items.length);
    expect((await db.wave.findUniqueOrThrow({ where: { id: waveId } })).instrumentId).toBe(id);
    // A second edit of the frozen version makes version 3, not a second version 2.
    expect(await saveInstrument(owner, id, edited("Ours again"))).toMatchObject({ version: 3, newVersion: true });
    const [listed] = await listInstruments(owner);
    expect(listed).toMatchObject({ name: "Ours again", version: 3, statements: 6, frozen: false });
    expect(listed!.olderVersions.map((v) => [v.version, v.waves])).toEqual([
      [2, []],
      [1, ["Spring"]],
    ]);
  });

  it("copies an instrument into a new lineage, and refuses invalid documents naming the path, saving nothing", async () => {
    const { db } = use();
    const { id } = await addInstrument(owner);
    const copy = await copyInstrument(owner, id, "Client version");
    expect((await listInstruments(owner)).map((i) => [i.name, i.version])).toEqual([
      ["Throughline 3P diagnostic (default)", 1],
      ["Client version", 1],
    ]);
    const bad = await refusal(
      saveInstrument(owner, copy.id, {
        ...DEFAULT_INSTRUMENT,
        items: [DEFAULT_INSTRUMENT.items[0], { ...DEFAULT_INSTRUMENT.items[0], text: "Duplicate key here" }],
      }),
    );
    expect([bad.status, bad.field]).toEqual([400, "items[1].key"]);
    expect((await getInstrument(owner, copy.id)).document.items).toHaveLength(DEFAULT_INSTRUMENT.items.length);
    const badFile = await refusal(
      importInstrumentText(
        owner,
        JSON.stringify({
          format: "throughline.instrument/1",
          name: "X",
          items: [{ key: "a", dimension: "purpose", theme: "t", text: "Some text", reversed: false }],
        }),
      ),
    );
    expect([badFile.status, badFile.field]).toEqual([400, "items[0].dimension"]);
    expect(await db.instrument.count({ where: { organisationId: owner.organisation.id } })).toBe(2);
  });

  it("round-trips an exported instrument through import", async () => {
    const { id } = await addInstrument(owner, edited("Exported"));
    const { document } = await getInstrument(owner, id);
    const imported = await importInstrumentText(owner, JSON.stringify(document));
    expect((await getInstrument(owner, imported.id)).document).toEqual(document);
  });

  it("imports an instrument with translations and exports it identically, translations and language included", async () => {
    const { id } = await importInstrumentText(owner, JSON.stringify(TRANSLATED));
    const exported = (await getInstrument(owner, id)).document;
    expect(exported).toEqual(TRANSLATED);
    // Export → import → export gives the same document again.
    const again = await importInstrumentText(owner, JSON.stringify(exported));
    expect((await getInstrument(owner, again.id)).document).toEqual(exported);
    // A copy and a new frozen version keep them too.
    const copy = await copyInstrument(owner, id, "Copy");
    expect((await getInstrument(owner, copy.id)).document.items.map((i) => i.translations)).toEqual(
      TRANSLATED.items.map((i) => i.translations),
    );
  });

  it("imports the shipped instrument, every statement and theme in five languages, and exports it identically", async () => {
    const { db } = use();
    const { id } = await importInstrumentText(owner, JSON.stringify(DEFAULT_INSTRUMENT));
    const exported = (await getInstrument(owner, id)).document;
    expect(exported).toEqual(DEFAULT_INSTRUMENT);
    const again = await importInstrumentText(owner, JSON.stringify(exported));
    expect((await getInstrument(owner, again.id)).document).toEqual(DEFAULT_INSTRUMENT);
    // The theme's names are stored with each of its statements.
    const stored = await db.instrumentItem.findFirstOrThrow({ where: { instrumentId: id, key: "po-leadership-3" } });
    expect(stored.themeTranslations).toEqual({ fr: "Management", de: "Führung", nl: "Leiderschap", es: "Liderazgo" });
    // Saving a new version and copying keep them.
    const renamed = structuredClone(exported);
    renamed.items[0]!.themeTranslations = { ...renamed.items[0]!.themeTranslations, fr: "L’excellence, définie" };
    renamed.items[1]!.themeTranslations = { ...renamed.items[1]!.themeTranslations, fr: "L’excellence, définie" };
    await saveInstrument(owner, id, renamed);
    expect((await getInstrument(owner, id)).document).toEqual(renamed);
    const copy = await copyInstrument(owner, id, "Copy");
    expect((await getInstrument(owner, copy.id)).document.items.map((i) => i.themeTranslations)).toEqual(
      renamed.items.map((i) => i.themeTranslations),
    );
  });

  it("refuses statements of one theme that name it differently in another language, listing each, saving nothing", async () => {
    const { db } = use();
    const file = structuredClone(DEFAULT_INSTRUMENT);
    file.items[1]!.themeTranslations = { ...file.items[1]!.themeTranslations!, fr: "Autre chose" };
    delete file.items[4]!.themeTranslations;
    const refused = await refusal(importInstrumentText(owner, JSON.stringify(file)));
    expect([refused.status, refused.field]).toEqual([400, "items[1].themeTranslations.fr"]);
    expect(refused.detail).toContain('"Autre chose" differs from "Ce qu’est l’excellence est défini" at items[0]');
    const errors = (refused.extensions?.errors as { path: string }[]).map((e) => e.path);
    expect(errors).toEqual([
      "items[1].themeTranslations.fr",
      ...["fr", "de", "nl", "es"].map((locale) => `items[4].themeTranslations.${locale}`),
    ]);
    await expect(saveInstrument(owner, (await addInstrument(owner)).id, file)).rejects.toMatchObject({ status: 400 });
    expect(await db.instrument.count({ where: { organisationId: owner.organisation.id } })).toBe(1);
  });

  it("refuses a translation in an unknown language or in the instrument's own, naming the path, saving nothing", async () => {
    const { db } = use();
    const withItalian = structuredClone(TRANSLATED);
    (withItalian.items[0]!.translations as Record<string, string>).it = "So com'è un'ottima esperienza per i clienti.";
    const italian = await refusal(importInstrumentText(owner, JSON.stringify(withItalian)));
    expect([italian.status, italian.field]).toEqual([400, "items[0].translations"]);
    const inFrench = { ...structuredClone(TRANSLATED), language: "fr" };
    const own = await refusal(importInstrumentText(owner, JSON.stringify(inFrench)));
    expect([own.status, own.field]).toEqual([400, "items[0].translations.fr"]);
    const tooShort = structuredClone(TRANSLATED);
    tooShort.items[1]!.translations = { fr: "Oui" };
    expect((await refusal(importInstrumentText(owner, JSON.stringify(tooShort)))).field).toBe(
      "items[1].translations.fr",
    );
    expect(await db.instrument.count({ where: { organisationId: owner.organisation.id } })).toBe(0);
  });

  it("shows each respondent the statements in their language, and pools every language's answers in the results", async () => {
    const { db } = use();
    const { id: instrumentId } = await importInstrumentText(owner, JSON.stringify(TRANSLATED));
    const { id: waveId } = await createWave(owner, { name: "Multilingual wave", instrumentId, k: 3 });
    await openWave(owner, waveId);
    const tokens = await createInvitations(owner, waveId, { level: "frontline", count: 6 });
    const languages = ["fr", "fr", "de", "de", "en", "es"];
    const seen: string[] = [];
    const themesSeen: string[] = [];
    for (const [index, token] of tokens.entries()) {
      const state = await openInvitation(db, token);
      if (state.kind !== "answering") throw new Error("the invitation should open the survey");
      const shown = state.items.map((item) => statementIn(item, state.language, languages[index]!));
      seen.push(`${shown[0]!.lang}:${shown[1]!.lang}:${shown[2]!.lang}`);
      const themes = state.items.map((item) => themeIn(item, state.language, languages[index]!));
      themesSeen.push(themes.map((theme) => `${theme.themeLang}:${theme.theme}`).join("|"));
      // Everyone answers 4 to the first statement, 2 to the (reversed) second, and the third from 1 to 5.
      await saveAnswers(db, token, { answers: { "pr-1": 4, "pe-1": 2, "po-1": (index % 5) + 1 } });
      await submitResponse(db, token);
    }
    // French and German where translated, English where not; Spanish has no translation at all.
    expect(seen).toEqual(["fr:fr:en", "fr:fr:en", "de:en:en", "de:en:en", "en:en:en", "en:en:en"]);
    // The first theme is named in French and German; the others only in English.
    expect(themesSeen).toEqual([
      "fr:Défini|en:Voice|en:Room",
      "fr:Défini|en:Voice|en:Room",
      "de:Festgelegt|en:Voice|en:Room",
      "de:Festgelegt|en:Voice|en:Room",
      "en:Defined|en:Voice|en:Room",
      "en:Defined|en:Voice|en:Room",
    ]);
    await closeWave(owner, waveId);
    const results = await getWaveResults(owner, waveId);
    if (!results.available || !results.total.shown) throw new Error("results should be shown");
    const byKey = Object.fromEntries(results.total.items.map((item) => [item.key, item]));
    expect(results.total.respondents).toBe(6);
    expect(byKey["pr-1"]).toMatchObject({ n: 6, mean: 4, favourable: 100 });
    expect(byKey["pe-1"]).toMatchObject({ n: 6, mean: 4 });
    // (1 + 2 + 3 + 4 + 5 + 1) / 6, rounded once to one decimal.
    expect(byKey["po-1"]).toMatchObject({ n: 6, mean: 2.7 });
  });

  it("lets only owners manage instruments", async () => {
    const { db } = use();
    const { id } = await addInstrument(owner);
    const executiveUser = await makeUser(db, "Executive");
    await joinOrganisation(owner, executiveUser, "executive", []);
    const executive = await resolveOrgAccess(db, executiveUser, owner.organisation.slug, "organisation:read");
    expect((await refusal(saveInstrument(executive, id, edited("No")))).status).toBe(403);
    expect((await refusal(listInstruments(executive))).status).toBe(403);
  });

  it("does not reach another organisation's instrument", async () => {
    const { db } = use();
    const { id } = await addInstrument(owner);
    const other = await makeUser(db, "Other");
    const otherOrg = await createOrganisation({ db, actor: other }, { name: "Other Co" });
    const outsider = await resolveOrgAccess(db, other, otherOrg.slug, "diagnostic:manage");
    expect((await refusal(getInstrument(outsider, id))).status).toBe(404);
    expect((await refusal(saveInstrument(outsider, id, edited("Stolen")))).status).toBe(404);
  });
});
