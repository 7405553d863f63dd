/**
 * The diagnostic report as a PDF (DESIGN §5), drawn on the server with @react-pdf/renderer (no browser)
 * in DejaVu Sans from the npm package, embedded as a subset, so names and stories in any Latin, Greek or
 * Cyrillic script print as written. Hidden figures are printed as hidden, with why.
 */
import path from "node:path";
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS } from "@/lib/diagnostic/instrument-schema";
import type { ReportData } from "./report-data";

// The app runs from the project folder (next start, the tests), where npm installed the font.
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
Font.register({
  family: "DejaVu Sans",
  fonts: [
    { src: path.join(FONTS, "DejaVuSans.ttf") },
    { src: path.join(FONTS, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
  ],
});
// Words are not split across lines: a report is read, and split keys or names read badly.
Font.registerHyphenationCallback((word) => [word]);

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "DejaVu Sans", color: "#14213d", lineHeight: 1.4 },
  title: { fontSize: 20, fontWeight: "bold", lineHeight: 1.25, marginBottom: 6 },
  subtitle: { fontSize: 10, color: "#6b7489", marginBottom: 16 },
  h2: { fontSize: 13, fontWeight: "bold", marginTop: 14, marginBottom: 6, color: "#0a5454" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#dfe3ea", paddingVertical: 3 },
  head: { fontWeight: "bold" },
  muted: { color: "#6b7489" },
  big: { fontSize: 26, fontWeight: "bold", lineHeight: 1.2, marginBottom: 2 },
  story: { marginBottom: 8, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: "#d97757" },
  storyPositive: { borderLeftColor: "#3f9d63" },
  footer: {
    position: "absolute",
    bottom: 20,
    left: 40,
    right: 40,
    fontSize: 8,
    color: "#6b7489",
    flexDirection: "row",
    justifyContent: "space-between",
  },
});

const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;

/** A table; `widths` are the columns' relative widths (the first three times the others unless given). */
function Table({ header, rows, widths }: { header: string[]; rows: (string | number)[][]; widths?: number[] }) {
  const flex = (i: number, span = 1) => {
    const of = (c: number) => widths?.[c] ?? (c === 0 ? 3 : 1);
    let sum = 0;
    for (let c = i; c < i + span; c++) sum += of(c);
    return { flex: sum, paddingRight: 6 };
  };
  return (
    <View>
      <View style={[styles.row, styles.head]}>
        {header.map((h, i) => (
          <Text key={h} style={flex(i)}>
            {h}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={styles.row} wrap={false}>
          {row.map((value, i) => (
            // A short row (a hidden segment and why) lets its last cell span the columns left.
            <Text key={i} style={flex(i, i === row.length - 1 ? header.length - row.length + 1 : 1)}>
              {String(value)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}

function ReportDocument({ data }: { data: ReportData }) {
  const { diagnostic, model } = data;
  const delta = (measure: string) => diagnostic.deltas.find((d) => d.measure === measure)?.delta;
  return (
    <Document
      title={`${data.organisation}: diagnostic report`}
      author="Throughline"
      subject="The 3P diagnostic and the alignment of KPIs, processes and systems"
    >
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{data.organisation}: diagnostic report</Text>
        <Text style={styles.subtitle}>
          {diagnostic.wave ? `Wave: ${diagnostic.wave.name}` : "No wave yet"} · generated {data.generatedOn} · figures
          for fewer than k respondents are hidden
          {diagnostic.limitedTo ? ` · limited to your departments` : ""}
        </Text>

        <Text style={styles.h2}>3P results</Text>
        {!diagnostic.wave && <Text style={styles.muted}>No wave of the diagnostic has opened yet.</Text>}
        {diagnostic.wave && !diagnostic.shown && <Text>{diagnostic.hiddenReason ?? ""}</Text>}
        {diagnostic.shown && diagnostic.dimensions && (
          <View>
            <Text style={styles.big}>{diagnostic.index3P ?? "-"}</Text>
            <Text style={styles.muted}>
              3P index (0–100), {diagnostic.respondents} respondents
              {diagnostic.previousWave && delta("3P") !== undefined
                ? `, ${signed(delta("3P")!)} since ${diagnostic.previousWave}`
                : ""}
            </Text>
            <Table
              header={["Dimension", "Index", "Change"]}
              rows={DIMENSIONS.map((d) => {
                const figure = diagnostic.dimensions![d];
                const change = delta(d);
                return [
                  DIMENSION_NAMES[d],
                  figure.shown ? figure.index : `hidden: ${figure.reason}`,
                  change === undefined ? "" : signed(change),
                ];
              })}
            />
            <Text style={styles.h2}>Leaders and frontline</Text>
            <Table
              header={["Dimension", "Leaders", "Frontline", "Gap"]}
              rows={diagnostic.gaps.map((g) =>
                g.shown
                  ? [
                      DIMENSION_NAMES[g.dimension],
                      g.leader,
                      g.frontline,
                      `${signed(g.gap)}${g.calledOut ? " (10 points or more)" : ""}`,
                    ]
                  : [DIMENSION_NAMES[g.dimension], g.reason],
              )}
            />
          </View>
        )}
        {data.departments.length > 0 && (
          <View>
            <Text style={styles.h2}>By department</Text>
            <Table
              header={["Department", "People", "3P index", ...DIMENSIONS.map((d) => DIMENSION_NAMES[d])]}
              rows={data.departments.map(({ name, segment }) =>
                segment.shown
                  ? [
                      name,
                      segment.respondents,
                      segment.index3P ?? "-",
                      ...DIMENSIONS.map((d) =>
                        segment.dimensions[d].shown ? (segment.dimensions[d] as { index: number }).index : "hidden",
                      ),
                    ]
                  : [name, "hidden", segment.reason],
              )}
            />
          </View>
        )}

        <Text style={styles.h2}>Alignment</Text>
        <Text>
          Alignment index {model.alignment.index ?? "–"} (0–100): the share of approved behaviours that no KPI, process
          or system works against.
        </Text>
        <Table
          header={["Department", "Alignment index"]}
          rows={model.alignment.parts.map((p) => [p.name, p.index ?? "no approved behaviours"])}
        />

        <Text style={styles.h2}>Top findings</Text>
        <Text style={styles.muted}>{model.findings.total} open findings.</Text>
        {data.findings.map((f, i) => (
          <Text key={i} style={{ marginBottom: 4 }}>
            {`${i + 1}. [${f.severity.toUpperCase()} ${f.rule}] ${f.sentence}`}
          </Text>
        ))}

        <Text style={styles.h2}>Customer stories</Text>
        {model.stories.inScope.length === 0 && <Text style={styles.muted}>No stories recorded.</Text>}
        {model.stories.inScope.map((story) => (
          <View
            key={story.key}
            style={story.sentiment === "positive" ? [styles.story, styles.storyPositive] : styles.story}
            wrap={false}
          >
            <Text>{`"${story.narrative}"`}</Text>
            <Text style={styles.muted}>
              {story.customer}
              {story.pseudonym ? " (name changed)" : ""} ·{" "}
              {story.sentiment === "positive" ? "a good experience" : "a bad experience"} · {story.source}
            </Text>
          </View>
        ))}

        <Text style={styles.h2}>Action items</Text>
        {model.actions.items.length === 0 ? (
          <Text style={styles.muted}>No action items yet.</Text>
        ) : (
          <Table
            header={["Action", "Owner", "Due", "Status"]}
            widths={[2.6, 3, 1.3, 1.4]}
            rows={model.actions.items.map((a) => [
              a.title,
              a.owner ?? "",
              a.due ?? "",
              `${a.status.replace("_", " ")}${a.overdue ? ", overdue" : ""}`,
            ])}
          />
        )}

        <Text style={styles.h2}>Customer exposure</Text>
        <Text>
          {model.exposure.share === null
            ? "No back-office roles."
            : `${model.exposure.share} % of back-office roles (${model.exposure.withExposure} of ${model.exposure.roles}) met customers in the last 12 months; the target is every role at least once a year.`}
        </Text>

        <View style={styles.footer} fixed>
          <Text>Throughline · {data.organisation}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export function renderDiagnosticReport(data: ReportData): Promise<Buffer> {
  return renderToBuffer(<ReportDocument data={data} />);
}
