"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { z } from "zod";
import { FormError } from "@/components/ui/form-error";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import type { Dimension, Instrument, ThemeTranslations, Translations } from "@/lib/diagnostic/instrument-schema";
import { DEFAULT_LOCALE, LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { LexiconEntry } from "@/lib/language/rules/language-rules";
import { LanguageFeedback } from "@/components/behaviours/language-feedback";

type Statement = Instrument["items"][number];
const DIMENSION_KEYS = Object.keys(DIMENSION_NAMES) as Dimension[];
const PREFIX: Record<Dimension, string> = { practical: "pr", personal: "pe", possible: "po" };

/** A key for a new statement that no other statement has (keys are how answers and results refer to it). */
function newKey(items: Statement[], dimension: Dimension): string {
  const taken = new Set(items.map((i) => i.key));
  for (let n = 1; ; n++) if (!taken.has(`${PREFIX[dimension]}-own-${n}`)) return `${PREFIX[dimension]}-own-${n}`;
}

/** "items[3].text" → "Statement 4 (text)", so a refusal points at the statement to fix. */
function describeField(field: string | undefined): string {
  const match = field?.match(/^items\[(\d+)\]\.?(\w*)/);
  return match ? `Statement ${Number(match[1]) + 1}${match[2] ? ` (${match[2]})` : ""}: ` : "";
}

/** A statement's (or theme's) translations with the one being edited set, or dropped when emptied. */
function withTranslation<T extends Translations | ThemeTranslations>(
  translations: T | undefined,
  locale: Locale,
  text: string,
): T {
  const next = { ...translations, [locale]: text } as T;
  if (!text.trim()) delete next[locale];
  return next;
}

/** Translations worth sending: not in the instrument's own language (that is the text itself), none empty. */
function kept<T extends Translations | ThemeTranslations>(
  translations: T | undefined,
  language: Locale,
): T | undefined {
  const entries = Object.entries(translations ?? {}).filter(([locale, text]) => locale !== language && text?.trim());
  return entries.length > 0 ? (Object.fromEntries(entries) as T) : undefined;
}

/** What is sent: each statement's translations and its theme's, as `kept` leaves them. */
function forSaving(items: Statement[], language: Locale): Statement[] {
  return items.map(({ translations, themeTranslations, ...item }) => {
    const statement = kept(translations, language);
    const theme = kept(themeTranslations, language);
    return { ...item, ...(statement && { translations: statement }), ...(theme && { themeTranslations: theme }) };
  });
}

/** The theme's name in other languages is given once, on its first statement, and written to all of them. */
const firstOfTheme = (items: Statement[], index: number) =>
  items.findIndex((other) => other.theme.trim() === items[index]!.theme.trim()) === index;

const savedSchema = z.object({ id: z.string(), version: z.number(), newVersion: z.boolean() });

export function InstrumentEditor({
  org,
  instrumentId,
  initial,
  version,
  frozen,
  lexicon,
}: {
  lexicon: LexiconEntry[];
  org: string;
  instrumentId: string;
  initial: Instrument;
  version: number;
  frozen: boolean;
}) {
  const router = useRouter();
  const [name, setName] = useState(initial.name);
  const [language, setLanguage] = useState<Locale>(initial.language ?? DEFAULT_LOCALE);
  const [items, setItems] = useState<Statement[]>(initial.items);
  const otherLanguages = LOCALES.filter((locale) => locale !== language);
  const update = (index: number, change: Partial<Statement>) =>
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const updateThemeTranslation = (theme: string, locale: Locale, text: string) =>
    setItems((current) =>
      current.map((item) =>
        item.theme.trim() === theme.trim()
          ? { ...item, themeTranslations: withTranslation(item.themeTranslations, locale, text) }
          : item,
      ),
    );
  // A statement moved to a theme that exists takes that theme's names in other languages.
  const updateTheme = (index: number, theme: string) =>
    setItems((current) => {
      const named = current.find((other, i) => i !== index && other.theme.trim() === theme.trim());
      return current.map((item, i) =>
        i === index ? { ...item, theme, ...(named && { themeTranslations: named.themeTranslations }) } : item,
      );
    });
  const move = (index: number, by: -1 | 1) =>
    setItems((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const save = useApiForm({
    send: () =>
      api.put(
        `/api/orgs/${org}/instruments/${instrumentId}`,
        { format: initial.format, name, language, items: forSaving(items, language) },
        savedSchema,
      ),
    onSuccess: (result) =>
      result.newVersion
        ? router.push(`/orgs/${org}/diagnostic/instruments/${result.id}?saved=${result.version}`)
        : router.refresh(),
  });
  const saved = save.result && !save.result.newVersion ? `Saved (version ${save.result.version}).` : null;
  const counts = DIMENSION_KEYS.map(
    (d) => `${items.filter((i) => i.dimension === d).length} ${DIMENSION_NAMES[d]}`,
  ).join(" · ");
  return (
    <form onSubmit={save.onSubmit} aria-label="Edit the instrument">
      {frozen && (
        <div className="alert info" role="note">
          Version {version} is in use by a wave that has opened, so it stays as people answered it. Saving creates
          version {version + 1}; waves that have not opened yet can then use it.
        </div>
      )}
      <FormError message={save.error && `${describeField(save.error.field)}${save.error.message}`} />
      {saved && (
        <div className="alert success" role="status">
          {saved}
        </div>
      )}
      <div className="field">
        <label htmlFor="instrument-name">Name</label>
        <input
          id="instrument-name"
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={200}
        />
      </div>
      <div className="field">
        <label htmlFor="instrument-language">Statements are written in</label>
        <select
          id="instrument-language"
          value={language}
          onChange={(e) => setLanguage(e.target.value as Locale)}
          aria-describedby="instrument-language-hint"
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        <p className="hint" id="instrument-language-hint">
          Respondents who answer in another language see a statement&apos;s translation when it has one, and this
          language otherwise. The language check reads statements written in English; translations are not checked.
        </p>
      </div>
      <p className="muted">
        {items.length} statements: {counts}
      </p>
      <ol className="statement-list">
        {items.map((item, index) => (
          <li key={item.key} className="statement-row">
            <fieldset>
              <legend>
                Statement {index + 1} <code className="muted">{item.key}</code>
              </legend>
              <div className="field">
                <label htmlFor={`text-${item.key}`}>Statement</label>
                <textarea
                  id={`text-${item.key}`}
                  rows={2}
                  value={item.text}
                  onChange={(e) => update(index, { text: e.target.value })}
                  required
                  minLength={5}
                  maxLength={500}
                  aria-describedby={language === "en" ? `check-${item.key}` : undefined}
                />
                {/* The check's word lists are English: statements written in another language are not checked. */}
                {language === "en" && <LanguageFeedback id={`check-${item.key}`} text={item.text} lexicon={lexicon} />}
              </div>
              <details className="statement-translations">
                <summary>
                  Translations ({otherLanguages.filter((locale) => item.translations?.[locale]?.trim()).length} of{" "}
                  {otherLanguages.length})
                </summary>
                {otherLanguages.map((locale) => (
                  <div className="field" key={locale}>
                    <label htmlFor={`translation-${item.key}-${locale}`}>{LOCALE_NAMES[locale]}</label>
                    <textarea
                      id={`translation-${item.key}-${locale}`}
                      lang={locale}
                      rows={2}
                      value={item.translations?.[locale] ?? ""}
                      onChange={(e) =>
                        update(index, { translations: withTranslation(item.translations, locale, e.target.value) })
                      }
                      maxLength={500}
                    />
                  </div>
                ))}
              </details>
              <div className="inline-form">
                <div className="field">
                  <label htmlFor={`dimension-${item.key}`}>Dimension</label>
                  <select
                    id={`dimension-${item.key}`}
                    value={item.dimension}
                    onChange={(e) => update(index, { dimension: e.target.value as Dimension })}
                  >
                    {DIMENSION_KEYS.map((d) => (
                      <option key={d} value={d}>
                        {DIMENSION_NAMES[d]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`theme-${item.key}`}>Theme</label>
                  <input
                    id={`theme-${item.key}`}
                    type="text"
                    value={item.theme}
                    onChange={(e) => updateTheme(index, e.target.value)}
                    required
                    maxLength={100}
                  />
                </div>
                <label className="checkbox" htmlFor={`reversed-${item.key}`}>
                  <input
                    id={`reversed-${item.key}`}
                    type="checkbox"
                    checked={item.reversed}
                    onChange={(e) => update(index, { reversed: e.target.checked })}
                  />
                  Negatively phrased (scored reversed)
                </label>
              </div>
              {item.theme.trim() && firstOfTheme(items, index) ? (
                <details className="statement-translations">
                  <summary>
                    Theme &ldquo;{item.theme.trim()}&rdquo; in other languages (
                    {otherLanguages.filter((locale) => item.themeTranslations?.[locale]?.trim()).length} of{" "}
                    {otherLanguages.length})
                  </summary>
                  <p className="hint">Shown as the heading of the theme&apos;s page; applies to all its statements.</p>
                  {otherLanguages.map((locale) => (
                    <div className="field" key={locale}>
                      <label htmlFor={`theme-translation-${item.key}-${locale}`}>{LOCALE_NAMES[locale]}</label>
                      <input
                        id={`theme-translation-${item.key}-${locale}`}
                        type="text"
                        lang={locale}
                        value={item.themeTranslations?.[locale] ?? ""}
                        onChange={(e) => updateThemeTranslation(item.theme, locale, e.target.value)}
                        maxLength={100}
                      />
                    </div>
                  ))}
                </details>
              ) : (
                item.theme.trim() && (
                  <p className="hint">The theme&apos;s other languages are set on its first statement.</p>
                )
              )}
              <div className="row-actions">
                <button
                  className="button secondary small"
                  type="button"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={`Move statement ${index + 1} up`}
                >
                  Up
                </button>
                <button
                  className="button secondary small"
                  type="button"
                  disabled={index === items.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={`Move statement ${index + 1} down`}
                >
                  Down
                </button>
                <button
                  className="button danger small"
                  type="button"
                  disabled={items.length === 1}
                  onClick={() => setItems((current) => current.filter((_, i) => i !== index))}
                  aria-label={`Remove statement ${index + 1}`}
                >
                  Remove
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="row-actions">
        <button
          className="button secondary"
          type="button"
          onClick={() =>
            setItems((current) => [
              ...current,
              { key: newKey(current, "possible"), dimension: "possible", theme: "", text: "", reversed: false },
            ])
          }
        >
          Add a statement
        </button>
        <button className="button" type="submit" disabled={save.pending}>
          {frozen ? `Save as version ${version + 1}` : "Save"}
        </button>
      </div>
    </form>
  );
}
