/** The cover, and the contents page with the executive summary. */
import { Image, Link, Text, View } from "@react-pdf/renderer";
import type { ReportData } from "../report-data";
import { summaryOfReport } from "../summary-of-report";
import { Section, type RecordPage } from "./blocks";
import { SECTIONS, type SectionId, type SectionPages } from "./sections-list";
import { INK, MUTED, RULE, type Styles } from "./theme";

const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

export function Cover({ data, styles, accent }: { data: ReportData; styles: Styles; accent: string }) {
  const { wave, limitedTo } = data.diagnostic;
  const { opensOn, closesOn } = data.waveDates;
  const dates =
    opensOn && closesOn
      ? `${longDate(opensOn)} to ${longDate(closesOn)}`
      : closesOn
        ? `closed ${longDate(closesOn)}`
        : opensOn
          ? `opened ${longDate(opensOn)}`
          : null;
  const logo = data.branding.logo;
  return (
    <View style={{ flex: 1, lineHeight: 1.3 }}>
      <View style={{ height: 10, backgroundColor: accent, marginBottom: 40 }} />
      {logo && (
        <Image
          src={{ data: Buffer.from(logo.bytes), format: logo.type === "image/png" ? "png" : "jpg" }}
          style={{ width: 160, height: 64, objectFit: "contain", objectPositionX: 0, marginBottom: 40 }}
        />
      )}
      <Text style={{ fontSize: 11, color: MUTED, letterSpacing: 1.5, marginTop: logo ? 0 : 104 }}>
        CUSTOMER-CENTRICITY DIAGNOSTIC
      </Text>
      <Text style={{ fontSize: 30, fontWeight: "bold", color: INK, lineHeight: 1.2, marginTop: 8 }}>
        {data.organisation}
      </Text>
      <View style={{ height: 2, width: 80, backgroundColor: accent, marginVertical: 18 }} />
      <Text style={{ fontSize: 14 }}>{wave ? `Wave: ${wave.name}` : "No wave of the diagnostic yet"}</Text>
      {dates && <Text style={{ fontSize: 11, color: MUTED, marginTop: 2 }}>{dates}</Text>}
      {limitedTo && (
        <Text style={{ fontSize: 11, color: MUTED, marginTop: 8 }}>
          {`Limited to ${limitedTo.map((key) => data.departmentName.get(key) ?? key).join(", ")}`}
        </Text>
      )}
      <View style={{ flex: 1 }} />
      <View style={{ borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 10 }}>
        <Text style={{ fontSize: 10.5 }}>{`Report of ${longDate(data.generatedOn)}`}</Text>
        {data.branding.preparedBy && (
          <Text style={{ fontSize: 10.5, marginTop: 2 }}>{`Prepared by ${data.branding.preparedBy}`}</Text>
        )}
        <Text style={[styles.small, { marginTop: 8 }]}>
          Confidential. Figures for groups of fewer than {data.k ?? 5} people are hidden.
        </Text>
      </View>
    </View>
  );
}

/**
 * The contents: each section and the page it starts on. The numbers are dynamic text, resolved once the
 * whole report is laid out — by then each section's marker has recorded its page in `pages`, so one
 * pass is enough. (No inherited line height here: react-pdf drops dynamic text under one.)
 */
export function Contents({ listed, pages, styles }: { listed: SectionId[]; pages: SectionPages; styles: Styles }) {
  return (
    <View>
      <Text style={styles.h1}>Contents</Text>
      {SECTIONS.filter((s) => listed.includes(s.id)).map((s) => (
        <Link key={s.id} src={`#${s.id}`} style={{ textDecoration: "none", color: INK }}>
          <View style={{ flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 3.5 }}>
            <Text style={{ flex: 1, fontSize: 10.5 }}>{s.title}</Text>
            <Text style={{ fontSize: 10.5 }} render={() => String(pages[s.id] ?? "")} />
          </View>
        </Link>
      ))}
    </View>
  );
}

export function Summary({ data, styles, record }: { data: ReportData; styles: Styles; record: RecordPage }) {
  const d = data.diagnostic;
  const sentences = summaryOfReport(data);
  const figures = [
    { value: d.shown && d.index3P !== null ? String(d.index3P) : "–", label: "3P index (0–100)" },
    { value: d.respondents !== null ? String(d.respondents) : "–", label: "respondents" },
    { value: data.model.alignment.index !== null ? String(data.model.alignment.index) : "–", label: "alignment index" },
    { value: String(data.model.findings.total), label: "open findings" },
  ];
  return (
    <Section id="summary" title="Executive summary" styles={styles} record={record}>
      <View style={{ flexDirection: "row", marginVertical: 8 }} wrap={false}>
        {figures.map((f) => (
          <View key={f.label} style={{ flex: 1, borderLeftWidth: 2, borderLeftColor: RULE, paddingLeft: 8 }}>
            <Text style={styles.bigNumber}>{f.value}</Text>
            <Text style={styles.small}>{f.label}</Text>
          </View>
        ))}
      </View>
      <Text style={[styles.h3, { marginTop: 12 }]}>What most needs attention</Text>
      {sentences.length === 0 ? (
        <Text style={styles.muted}>Not enough is shown yet to say.</Text>
      ) : (
        sentences.map((s, i) => (
          <View key={i} style={{ flexDirection: "row", marginBottom: 6 }} wrap={false}>
            <Text style={{ width: 16, fontWeight: "bold" }}>{`${i + 1}.`}</Text>
            <Text style={{ flex: 1 }}>{s}</Text>
          </View>
        ))
      )}
    </Section>
  );
}
