/**
 * The diagnostic report as a PDF (DESIGN §5), drawn on the server with @react-pdf/renderer and its
 * built-in Helvetica (no font download, no browser). Hidden figures are printed as hidden, with why.
 */
import { Document, Font, Page, StyleSheet, Text, View, renderToBuffer } from "@react-pdf/renderer";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS } from "@/lib/diagnostic/instrument-schema";
import type { ReportData } from "./report-data";

// Words are not split across lines: a report is read, and split keys or names read badly.
Font.registerHyphenationCallback((word) => [word]);

const styles = StyleSheet.create({
  page: { padding: 40, fontSize: 10, fontFamily: "Helvetica", color: "#14213d", lineHeight: 1.4 },
  title: { fontSize: 20, fontFamily: "Helvetica-Bold", marginBottom: 4 },
  subtitle: { fontSize: 10, color: "#6b7489", marginBottom: 16 },
  h2: { fontSize: 13, fontFamily: "Helvetica-Bold", marginTop: 14, marginBottom: 6, color: "#0a5454" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#dfe3ea", paddingVertical: 3 },
  head: { fontFamily: "Helvetica-Bold" },
  cellWide: { flex: 3, paddingRight: 6 },
  cell: { flex: 1, paddingRight: 6 },
  muted: { color: "#6b7489" },
  big: { fontSize: 26, fontFamily: "Helvetica-Bold" },
  story: { marginBottom: 8, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: "#d97757" },
  storyPositive: { borderLeftColor: "#3f9d63" },
  footer: { position: "absolute", bottom: 20, left: 40, right: 40, fontSize: 8, color: "#6b7489", flexDirection: "row", justifyContent: "space-between" },
});

/** Helvetica in PDFs covers Latin-1 and a few more: arrows and similar become plain text. */
const plain = (text: string) => text.replace(/→/g, "->").replace(/≥/g, ">=").replace(/≤/g, "<=").replace(/[^\u0000-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC]/g, "?");
const signed = (n: number) => `${n > 0 ? "+" : ""}${n}`;

function Table({ header, rows, wideFirst = true }: { header: string[]; rows: (string | number)[][]; wideFirst?: boolean }) {
  return (
    <View>
      <View style={[styles.row, styles.head]}>
        {header.map((h, i) => <Text key={h} style={i === 0 && wideFirst ? styles.cellWide : styles.cell}>{h}</Text>)}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={styles.row} wrap={false}>
          {row.map((value, i) => <Text key={i} style={i === 0 && wideFirst ? styles.cellWide : styles.cell}>{plain(String(value))}</Text>)}
        </View>
      ))}
    </View>
  );
}

function ReportDocument({ data }: { data: ReportData }) {
  const { diagnostic, model } = data;
  const delta = (measure: string) => diagnostic.deltas.find((d) => d.measure === measure)?.delta;
  return (
    <Document title={`${data.organisation}: diagnostic report`} author="Throughline" subject="The 3P diagnostic and the alignment of KPIs, processes and systems">
      <Page size="A4" style={styles.page}>
        <Text style={styles.title}>{plain(data.organisation)}: diagnostic report</Text>
        <Text style={styles.subtitle}>
          {diagnostic.wave ? `Wave: ${plain(diagnostic.wave.name)}` : "No wave yet"} · generated {data.generatedOn} · figures for fewer than k respondents are hidden
          {diagnostic.limitedTo ? ` · limited to your departments` : ""}
        </Text>

        <Text style={styles.h2}>3P results</Text>
        {!diagnostic.wave && <Text style={styles.muted}>No wave of the diagnostic has opened yet.</Text>}
        {diagnostic.wave && !diagnostic.shown && <Text>Hidden: {plain(diagnostic.hiddenReason ?? "")} ({diagnostic.respondents} respondents)</Text>}
        {diagnostic.shown && diagnostic.dimensions && (
          <View>
            <Text style={styles.big}>{diagnostic.index3P ?? "-"}</Text>
            <Text style={styles.muted}>
              3P index (0-100), {diagnostic.respondents} respondents{diagnostic.previousWave && delta("3P") !== undefined ? `, ${signed(delta("3P")!)} since ${plain(diagnostic.previousWave)}` : ""}
            </Text>
            <Table
              header={["Dimension", "Index", "Change"]}
              rows={DIMENSIONS.map((d) => {
                const figure = diagnostic.dimensions![d];
                const change = delta(d);
                return [DIMENSION_NAMES[d], figure.shown ? figure.index : `hidden: ${figure.reason}`, change === undefined ? "" : signed(change)];
              })}
            />
            <Text style={styles.h2}>Leaders and frontline</Text>
            <Table
              header={["Dimension", "Leaders", "Frontline", "Gap"]}
              rows={diagnostic.gaps.map((g) => (g.shown ? [DIMENSION_NAMES[g.dimension], g.leader, g.frontline, `${signed(g.gap)}${g.calledOut ? " (10 points or more)" : ""}`] : [DIMENSION_NAMES[g.dimension], "hidden", "", g.reason]))}
            />
          </View>
        )}
        {data.departments.length > 0 && (
          <View>
            <Text style={styles.h2}>By department</Text>
            <Table
              header={["Department", "Respondents", "3P index", ...DIMENSIONS.map((d) => DIMENSION_NAMES[d])]}
              rows={data.departments.map(({ name, segment }) =>
                segment.shown
                  ? [name, segment.respondents, segment.index3P ?? "-", ...DIMENSIONS.map((d) => (segment.dimensions[d].shown ? (segment.dimensions[d] as { index: number }).index : "hidden"))]
                  : [name, "hidden", segment.reason, "", "", ""],
              )}
            />
          </View>
        )}

        <Text style={styles.h2}>Alignment</Text>
        <Text>
          Alignment index {model.alignment.index ?? "-"} (0-100): the share of approved behaviours that no KPI, process or system works against.
        </Text>
        <Table header={["Department", "Alignment index"]} rows={model.alignment.parts.map((p) => [p.name, p.index ?? "no approved behaviours"])} />

        <Text style={styles.h2}>Top findings</Text>
        <Text style={styles.muted}>{model.findings.total} open findings.</Text>
        {data.findings.map((f, i) => (
          <Text key={i} style={{ marginBottom: 4 }}>
            {`${i + 1}. [${f.severity.toUpperCase()} ${f.rule}] ${plain(f.sentence)}`}
          </Text>
        ))}

        <Text style={styles.h2}>Customer stories</Text>
        {model.stories.inScope.length === 0 && <Text style={styles.muted}>No stories recorded.</Text>}
        {model.stories.inScope.map((story) => (
          <View key={story.key} style={story.sentiment === "positive" ? [styles.story, styles.storyPositive] : styles.story} wrap={false}>
            <Text>{`"${plain(story.narrative)}"`}</Text>
            <Text style={styles.muted}>
              {plain(story.customer)}{story.pseudonym ? " (name changed)" : ""} · {story.sentiment === "positive" ? "a good experience" : "a bad experience"} · {story.source}
            </Text>
          </View>
        ))}

        <Text style={styles.h2}>Action items</Text>
        {model.actions.items.length === 0 ? (
          <Text style={styles.muted}>No action items yet.</Text>
        ) : (
          <Table
            header={["Action", "Owner", "Due", "Status"]}
            rows={model.actions.items.map((a) => [a.title, a.owner ?? "", a.due ? `${a.due}${a.overdue ? " (overdue)" : ""}` : "", a.status.replace("_", " ")])}
          />
        )}

        <Text style={styles.h2}>Customer exposure</Text>
        <Text>
          {model.exposure.share === null
            ? "No back-office roles."
            : `${model.exposure.share} % of back-office roles (${model.exposure.withExposure} of ${model.exposure.roles}) met customers in the last 12 months; the target is every role at least once a year.`}
        </Text>

        <View style={styles.footer} fixed>
          <Text>Throughline · {plain(data.organisation)}</Text>
          <Text render={({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}

export function renderDiagnosticReport(data: ReportData): Promise<Buffer> {
  return renderToBuffer(<ReportDocument data={data} />);
}
