/**
 * The diagnostic report as a PDF (DESIGN §5), drawn on the server with @react-pdf/renderer (no browser)
 * in DejaVu Sans, embedded as a subset, so names and stories in any Latin, Greek or Cyrillic script
 * print as written. A cover, contents with page numbers, an executive summary, vector charts and
 * tables; every figure comes through the dashboards' disclosure view, and hidden ones say why.
 */
import { Document, Page, Text, View, renderToBuffer } from "@react-pdf/renderer";
import type { ReportData } from "./report-data";
import type { RecordPage } from "./pdf/blocks";
import { Contents, Cover, Summary } from "./pdf/front-matter";
import {
  ActionsSection,
  AlignmentSection,
  AnonymitySection,
  DepartmentsSection,
  ExposureSection,
  FindingsSection,
  GapsSection,
  HeatMapSection,
  ParticipationSection,
  ResultsSection,
  StatementsSection,
  sectionsIn,
} from "./pdf/sections";
import type { SectionPages } from "./pdf/sections-list";
import { DEFAULT_ACCENT, makeStyles, type Styles } from "./pdf/theme";

function Footer({ data, styles }: { data: ReportData; styles: Styles }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{`${data.organisation} · diagnostic report${data.diagnostic.wave ? ` · ${data.diagnostic.wave.name}` : ""}`}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

function ReportDocument({ data, pages, record }: { data: ReportData; pages: SectionPages; record: RecordPage }) {
  const accent = data.branding.accent ?? DEFAULT_ACCENT;
  const styles = makeStyles(accent);
  const props = { data, styles, accent, record };
  return (
    <Document
      title={`${data.organisation}: diagnostic report`}
      author={data.branding.preparedBy ?? "Throughline"}
      subject="The 3P diagnostic and the alignment of KPIs, processes and systems"
      creator="Throughline"
    >
      <Page size="A4" style={styles.page}>
        <Cover data={data} styles={styles} accent={accent} />
      </Page>
      <Page size="A4" style={styles.page}>
        <Contents listed={sectionsIn(data)} pages={pages} styles={styles} />
        <Summary data={data} styles={styles} record={record} />
        <Footer data={data} styles={styles} />
      </Page>
      <Page size="A4" style={styles.page}>
        <ResultsSection {...props} />
        <GapsSection {...props} />
        <ParticipationSection {...props} />
        <DepartmentsSection {...props} />
        <HeatMapSection {...props} />
        <StatementsSection {...props} />
        <AlignmentSection {...props} />
        <FindingsSection {...props} />
        <ActionsSection {...props} />
        <ExposureSection {...props} />
        <AnonymitySection {...props} />
        <Footer data={data} styles={styles} />
      </Page>
    </Document>
  );
}

/** One pass: section markers record their pages while the report is laid out; the contents read them after. */
export async function renderDiagnosticReport(data: ReportData): Promise<Buffer> {
  const pages: SectionPages = {};
  const record: RecordPage = (id, page) => {
    pages[id] = page;
  };
  return renderToBuffer(<ReportDocument data={data} pages={pages} record={record} />);
}
