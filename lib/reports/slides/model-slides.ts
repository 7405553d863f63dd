/** The model's slides: alignment by department, top findings, customers in their own words, action items. */
import type { ReportData } from "../report-data";
import { FONT, INK, SEVERITY, SOFT, WIDTH, addTable, body, contentSlide, type Deck } from "./slide-kit";

export function addModelSlides({ deck, accent }: Deck, data: ReportData) {
  const { model } = data;
  // Alignment.
  const alignment = contentSlide(deck, "Alignment by department");
  const aligned = model.alignment.parts.filter((p) => p.index !== null);
  body(
    alignment,
    `Alignment index ${model.alignment.index ?? "–"} (0–100): the share of approved behaviours that no KPI, process or system works against.`,
    1.3,
    0.8,
  );
  if (aligned.length > 0)
    alignment.addChart(
      deck.ChartType.bar,
      // PowerPoint draws a bar chart's categories bottom-up: reversed, they read top-down as on the dashboard.
      [
        {
          name: "Alignment index",
          labels: aligned.map((p) => p.name).reverse(),
          values: aligned.map((p) => p.index!).reverse(),
        },
      ],
      {
        x: 0.6,
        y: 2.1,
        w: WIDTH - 1.2,
        h: 4.2,
        barDir: "bar",
        chartColors: [accent],
        showValue: true,
        valAxisMinVal: 0,
        valAxisMaxVal: 100,
        altText: aligned.map((p) => `${p.name} ${p.index}`).join(", "),
      },
    );
  const unrated = model.alignment.parts.filter((p) => p.index === null);
  if (unrated.length > 0)
    body(alignment, `No approved behaviours yet: ${unrated.map((p) => p.name).join(", ")}.`, 6.35, 0.5, 13);

  // Findings.
  const findings = contentSlide(deck, "Top findings");
  if (data.findings.length === 0) body(findings, "No open findings.", 1.5, 1);
  else
    addTable(
      findings,
      accent,
      ["Severity", "Rule", "Finding"],
      data.findings.map((f) => [SEVERITY[f.severity] ?? f.severity, f.rule, f.sentence]),
      [1.4, 1.0, WIDTH - 1.2 - 2.4],
    );

  // Stories.
  const stories = model.stories.inScope.slice(0, 3);
  if (stories.length > 0) {
    const slide = contentSlide(deck, "Customers in their own words");
    stories.forEach((story, i) => {
      slide.addText(
        [
          { text: `“${story.narrative}”`, options: { italic: true, fontSize: 16, breakLine: true } },
          {
            text: `${story.customer}${story.pseudonym ? " (name changed)" : ""} · ${story.sentiment === "positive" ? "a good experience" : "a bad experience"}`,
            options: { fontSize: 12, color: SOFT },
          },
        ],
        { x: 0.6, y: 1.4 + i * 1.85, w: WIDTH - 1.2, h: 1.7, fontFace: FONT, color: INK, valign: "top" },
      );
    });
  }

  // Actions.
  const actions = contentSlide(deck, "Action items");
  if (model.actions.items.length === 0) body(actions, "No action items yet.", 1.5, 1);
  else
    addTable(
      actions,
      accent,
      ["Action", "Owner", "Due", "Status"],
      model.actions.items.map((a) => [
        a.title,
        a.owner ?? "",
        a.due ?? "",
        `${a.status.replace("_", " ")}${a.overdue ? ", overdue" : ""}`,
      ]),
      [6.2, 3.0, 1.5, 1.43],
    );
}
