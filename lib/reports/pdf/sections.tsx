/** The report's sections after the contents page, each from the gathered data (hidden figures say why). */
import { Text, View } from "@react-pdf/renderer";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { DIMENSIONS, type Dimension } from "@/lib/diagnostic/instrument-schema";
import type { ReportData } from "../report-data";
import { hiddenFigures } from "../rules/hidden-figures";
import { departmentsInFocus } from "../rules/departments-in-focus";
import { Section, Table, type RecordPage } from "./blocks";
import { SECTIONS, type SectionId } from "./sections-list";
import { BarChart, GapChart, HeatMap, Legend, ParticipationChart, Radar } from "./charts";
import { DIMENSION_COLOURS, PREVIOUS, type Styles } from "./theme";

type Props = { data: ReportData; styles: Styles; accent: string; record: RecordPage };

/** The sections this report holds (the others have nothing to say and are left out, contents included). */
export function sectionsIn(data: ReportData): SectionId[] {
  const results = Boolean(data.total?.shown);
  return SECTIONS.map((s) => s.id).filter((id) => {
    if (id === "gaps") return data.diagnostic.shown && data.diagnostic.gaps.length > 0;
    if (id === "participation") return data.diagnostic.wave !== null;
    if (id === "departments") return data.departments.length > 0;
    if (id === "heatmap" || id === "statements") return results;
    return true;
  });
}

const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n)}`;
const STATUS = { open: "Open", in_progress: "In progress", done: "Done" } as const;

function previousIndices(data: ReportData): Record<Dimension, number | null> | null {
  const { deltas } = data.diagnostic;
  if (!data.diagnostic.previousWave || deltas.length === 0) return null;
  return Object.fromEntries(
    DIMENSIONS.map((d) => [d, deltas.find((x) => x.measure === d)?.previous ?? null]),
  ) as Record<Dimension, number | null>;
}

export function ResultsSection({ data, styles, accent, record }: Props) {
  const { diagnostic } = data;
  const dims = diagnostic.dimensions;
  const change = (measure: string) => diagnostic.deltas.find((d) => d.measure === measure);
  const three = change("3P");
  return (
    <Section id="results" title="3P results" styles={styles} record={record}>
      {!diagnostic.wave && <Text style={styles.muted}>No wave of the diagnostic has opened yet.</Text>}
      {diagnostic.wave && (!diagnostic.shown || !dims) && <Text>{diagnostic.hiddenReason ?? ""}</Text>}
      {diagnostic.shown && dims && (
        <View>
          <View style={{ flexDirection: "row", alignItems: "center" }} wrap={false}>
            <Radar
              accent={accent}
              current={
                Object.fromEntries(DIMENSIONS.map((d) => [d, dims[d].shown ? dims[d].index : null])) as Record<
                  Dimension,
                  number | null
                >
              }
              previous={previousIndices(data)}
            />
            <View style={{ flex: 1, paddingLeft: 12 }}>
              <Text style={styles.bigNumber}>{diagnostic.index3P ?? "–"}</Text>
              <Text style={styles.muted}>
                3P index (0–100) of {diagnostic.respondents} respondents
                {three && diagnostic.previousWave ? `, ${signed(three.delta)} since ${diagnostic.previousWave}` : ""}.
              </Text>
              <View style={{ marginTop: 10 }}>
                <Legend
                  items={[
                    { colour: accent, label: diagnostic.wave!.name },
                    ...(diagnostic.previousWave
                      ? [{ colour: PREVIOUS, label: diagnostic.previousWave, dashed: true }]
                      : []),
                  ]}
                />
              </View>
              <Text style={[styles.small, { marginTop: 6 }]}>
                Practical: people know what great looks like and have what they need. Personal: they care and feel it
                matters. Possible: the organisation lets them act on it.
              </Text>
            </View>
          </View>
          <Table
            styles={styles}
            header={["Dimension", "Index", ...(diagnostic.previousWave ? [diagnostic.previousWave, "Change"] : [])]}
            align={["left", "right", "right", "right"]}
            rows={DIMENSIONS.map((d) => {
              const figure = dims[d];
              const delta = change(d);
              if (!figure.shown) return [DIMENSION_NAMES[d], figure.reason];
              return [
                DIMENSION_NAMES[d],
                figure.index,
                ...(diagnostic.previousWave ? [delta?.previous ?? "–", delta ? signed(delta.delta) : "–"] : []),
              ];
            })}
          />
        </View>
      )}
    </Section>
  );
}

export function GapsSection({ data, styles, accent, record }: Props) {
  const { gaps } = data.diagnostic;
  if (!sectionsIn(data).includes("gaps")) return null;
  const called = gaps.filter((g) => g.shown && g.calledOut).map((g) => DIMENSION_NAMES[g.dimension]);
  return (
    <Section id="gaps" title="Leaders and frontline" styles={styles} record={record}>
      <Text style={styles.lead}>
        How leaders and the frontline score each dimension. A gap of 10 points or more means they see the organisation
        differently{called.length ? `: here in ${called.join(", ")}.` : "; there is none here."}
      </Text>
      <GapChart
        accent={accent}
        rows={gaps.map((g) =>
          g.shown
            ? { dimension: g.dimension, leader: g.leader, frontline: g.frontline, gap: g.gap }
            : { dimension: g.dimension, hidden: g.reason },
        )}
      />
    </Section>
  );
}

export function ParticipationSection({ data, styles, accent, record }: Props) {
  if (!sectionsIn(data).includes("participation")) return null;
  const name = (key: string) => (key === "all" ? "Everyone" : (data.departmentName.get(key) ?? key));
  return (
    <Section id="participation" title="Participation" styles={styles} record={record}>
      <Text style={styles.lead}>
        Invitation links answered, per department, from the participation record (never from the answers). Counts under
        k, or that would give away a smaller group&apos;s, are not shown.
      </Text>
      {data.participation.length === 0 ? (
        <Text style={styles.muted}>
          No invitation links were sent for this wave: answers came through the shared link, which has no count of
          people asked.{data.diagnostic.respondents ? ` ${data.diagnostic.respondents} people answered.` : ""}
        </Text>
      ) : (
        <ParticipationChart
          accent={accent}
          k={data.k}
          rows={data.participation.map((p) => ({
            label: name(p.segment),
            invited: p.invited,
            answered: p.answered,
            rate: p.rate,
            hidden: p.hidden,
          }))}
        />
      )}
    </Section>
  );
}

/** At most this many departments in the bars (a page and a half) and in the heat map's columns (legible on A4). */
const CHARTED_DEPARTMENTS = 20;
const HEAT_MAP_DEPARTMENTS = 12;

export function DepartmentsSection({ data, styles, record }: Props) {
  if (!sectionsIn(data).includes("departments")) return null;
  const focus = departmentsInFocus(data.departments, CHARTED_DEPARTMENTS);
  return (
    <Section id="departments" title="By department" styles={styles} record={record}>
      <Text style={styles.lead}>
        Each department&apos;s three dimensions on the 0–100 index.{focus.note ? ` ${focus.note}` : ""}
      </Text>
      <BarChart
        series={DIMENSIONS.map((d) => ({ label: DIMENSION_NAMES[d], colour: DIMENSION_COLOURS[d] }))}
        rows={focus.departments.map(({ name, segment }) => {
          const depth = focus.inTree ? (segment.depth ?? 0) : 0;
          return segment.shown
            ? {
                label: name,
                depth,
                sub: `${segment.respondents} respondents · 3P index ${segment.index3P ?? "hidden"}`,
                values: DIMENSIONS.map((d) => {
                  const f = segment.dimensions[d];
                  return f.shown ? f.index : null;
                }),
              }
            : { label: name, depth, hidden: segment.reason };
        })}
      />
    </Section>
  );
}

export function StatementsSection({ data, styles, record }: Props) {
  const total = data.total;
  if (!total || !total.shown) return null;
  const text = new Map(data.statements.map((s) => [s.key, s.text]));
  return (
    <Section id="statements" title="Statement by statement" styles={styles} record={record}>
      <Text style={styles.lead}>
        Each statement: the mean answer (1–5, negatively phrased statements turned round), the favourable share
        (agreeing, or disagreeing with a negatively phrased statement) and how many people answered it.
      </Text>
      <Table
        styles={styles}
        header={["Statement", "Dimension", "Mean", "Favourable", "People"]}
        widths={[5.4, 1.3, 0.8, 1, 0.9]}
        align={["left", "left", "right", "right", "right"]}
        rows={total.items.map((item) =>
          item.shown
            ? [
                text.get(item.key) ?? item.key,
                DIMENSION_NAMES[item.dimension],
                item.mean.toFixed(1),
                `${item.favourable} %`,
                item.n,
              ]
            : [text.get(item.key) ?? item.key, DIMENSION_NAMES[item.dimension], item.reason],
        )}
      />
    </Section>
  );
}

export function HeatMapSection({ data, styles, record }: Props) {
  const total = data.total;
  if (!total || !total.shown) return null;
  // A department head's whole is their departments, not everyone.
  const limited = data.diagnostic.limitedTo;
  const whole = limited ? limited.map((key) => data.departmentName.get(key) ?? key).join(", ") : "Everyone";
  const focus = departmentsInFocus(data.departments, HEAT_MAP_DEPARTMENTS);
  const columns = [{ name: whole, segment: total }, ...focus.departments];
  return (
    <Section id="heatmap" title="Statements by department" styles={styles} record={record} breakBefore>
      <Text style={styles.lead}>
        The favourable share of each statement, per department: agreeing, or disagreeing with a negatively phrased
        statement. Grey cells are hidden: too few people answered, or the figure would let a smaller group&apos;s
        answers be worked out.{focus.note ? ` ${focus.note}` : ""}
      </Text>
      <HeatMap
        columns={columns.map(({ name, segment }) => ({ key: segment.key, label: name, hidden: !segment.shown }))}
        rows={total.items.map((item) => ({
          key: item.key,
          label: data.statements.find((s) => s.key === item.key)?.text ?? item.key,
          cells: columns.map(({ segment }) => {
            if (!segment.shown) return null;
            const figure = segment.items.find((i) => i.key === item.key);
            return figure?.shown ? figure.favourable : null;
          }),
        }))}
      />
    </Section>
  );
}

export function AlignmentSection({ data, styles, accent, record }: Props) {
  const { alignment } = data.model;
  return (
    <Section id="alignment" title="Alignment" styles={styles} record={record}>
      <Text style={styles.lead}>
        Alignment index {alignment.index ?? "–"} (0–100): the share of approved behaviours that no KPI, process or
        system works against, per department.
      </Text>
      <BarChart
        series={[{ label: "Alignment index", colour: accent }]}
        rows={alignment.parts.map((p) =>
          p.index === null
            ? { label: p.name, hidden: "No approved behaviours yet." }
            : { label: p.name, values: [p.index] },
        )}
      />
    </Section>
  );
}

export function FindingsSection({ data, styles, record }: Props) {
  const { findings } = data.model;
  return (
    <Section id="findings" title="Findings and customer stories" styles={styles} record={record}>
      <Text style={styles.lead}>
        {findings.total === 0
          ? "No open findings."
          : `${findings.total} open findings; the ${data.findings.length} most severe, each with a customer's story of the same stage or roles where there is one.`}
      </Text>
      {data.findings.map((f, i) => (
        <View key={i} style={[styles.finding, { flexDirection: "row" }]} wrap={false}>
          <View style={{ flex: 3, paddingRight: 10 }}>
            <Text style={{ fontWeight: "bold", fontSize: 8.5 }}>
              {`${i + 1}. ${f.severity[0]!.toUpperCase()}${f.severity.slice(1)} · rule ${f.rule}`}
            </Text>
            <Text>{f.explanation}</Text>
          </View>
          <View style={{ flex: 2 }}>
            {f.story ? (
              <View style={f.story.sentiment === "positive" ? [styles.story, styles.storyPositive] : styles.story}>
                <Text>{`“${f.story.narrative}”`}</Text>
                <Text style={[styles.small, { fontStyle: "normal" }]}>
                  {f.story.customer}
                  {f.story.pseudonym ? " (name changed)" : ""} · {f.story.source}
                </Text>
              </View>
            ) : (
              <Text style={styles.small}>No customer story recorded for this stage or these roles.</Text>
            )}
          </View>
        </View>
      ))}
    </Section>
  );
}

export function ActionsSection({ data, styles, record }: Props) {
  const { actions } = data.model;
  const p = actions.progress;
  return (
    <Section id="actions" title="Action items" styles={styles} record={record}>
      {actions.items.length === 0 ? (
        <Text style={styles.muted}>No action items yet.</Text>
      ) : (
        <View>
          <Text style={styles.lead}>
            {`${p.done} of ${p.total} done, ${p.inProgress} in progress, ${p.open} open${p.overdue ? `; ${p.overdue} overdue` : ""}.`}
          </Text>
          <Table
            styles={styles}
            header={["Action", "Owner", "Due", "Status"]}
            widths={[2.6, 3, 1.2, 1.4]}
            rows={actions.items.map((a) => [
              a.title,
              a.owner ?? "not assigned",
              a.due ?? "–",
              `${STATUS[a.status]}${a.overdue ? ", overdue" : ""}`,
            ])}
          />
        </View>
      )}
    </Section>
  );
}

export function ExposureSection({ data, styles, record }: Props) {
  const { exposure } = data.model;
  return (
    <Section id="exposure" title="Customer exposure" styles={styles} record={record}>
      <Text>
        {exposure.share === null
          ? "No back-office roles."
          : `${exposure.share} % of back-office roles (${exposure.withExposure} of ${exposure.roles}) met customers in the last 12 months; the target is every role at least once a year.`}
      </Text>
    </Section>
  );
}

export function AnonymitySection({ data, styles, record }: Props) {
  const total = data.total;
  const summary = hiddenFigures({
    dimensions: data.diagnostic.dimensions ? Object.values(data.diagnostic.dimensions) : null,
    gaps: data.diagnostic.gaps,
    items: total?.shown ? total.items : [],
    departments: data.departments.map(({ name, segment }) =>
      segment.shown
        ? { name, shown: true, dimensions: Object.values(segment.dimensions), items: segment.items }
        : { name, shown: false, reason: segment.reason },
    ),
    participation: data.participation,
  });
  const k = data.k;
  const limited = data.diagnostic.limitedTo;
  return (
    <Section id="anonymity" title="How anonymity was protected" styles={styles} record={record}>
      {k === null ? (
        <Text>No results of a wave are in this report, so no answers could be traced to anyone.</Text>
      ) : (
        <View>
          <Text style={{ marginBottom: 4 }}>
            {`No figure in this report describes fewer than k = ${k} people. A group is also hidden when showing it beside the groups shown would let a smaller group be worked out by subtraction, and every view of the results — this report, the dashboards, the exports — shows the same groups, so combining them reveals nothing more. Comments are not printed in the report.`}
          </Text>
          {limited && (
            <Text style={{ marginBottom: 4 }}>
              {`This report is limited to the reader's departments (${limited.map((key) => data.departmentName.get(key) ?? key).join(", ")}).`}
            </Text>
          )}
          <Text style={{ marginBottom: 4 }}>
            {summary.figures === 0
              ? "Every figure could be shown."
              : `${summary.figures} figures are hidden in this report; their values are not printed anywhere in it.`}
          </Text>
          {summary.groups.length > 0 && (
            <Table
              styles={styles}
              header={["Hidden group", "Why"]}
              widths={[1.4, 4]}
              rows={summary.groups.map((g) => [g.name, g.reason])}
            />
          )}
        </View>
      )}
    </Section>
  );
}
