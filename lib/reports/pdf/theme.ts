/** The report's fonts, colours and styles; the accent comes from the organisation's branding. */
import path from "node:path";
import { Font, StyleSheet } from "@react-pdf/renderer";

// The app runs from the project folder (next start, the tests), where npm installed the font.
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
Font.register({
  family: "DejaVu Sans",
  fonts: [
    { src: path.join(FONTS, "DejaVuSans.ttf") },
    { src: path.join(FONTS, "DejaVuSans-Bold.ttf"), fontWeight: "bold" },
    { src: path.join(FONTS, "DejaVuSans-Oblique.ttf"), fontStyle: "italic" },
  ],
});
// Words are not split across lines: a report is read, and split keys or names read badly.
Font.registerHyphenationCallback((word) => [word]);

export const DEFAULT_ACCENT = "#0a5454";
export const INK = "#14213d";
export const MUTED = "#5b6478";
export const RULE = "#dfe3ea";
/** The three dimensions keep one colour each in every chart, whatever the accent. */
export const DIMENSION_COLOURS = { practical: "#2b6cb0", personal: "#d9822b", possible: "#7b4fb8" } as const;
export const PREVIOUS = "#8a93a6";
export const HIDDEN_FILL = "#eef0f4";

export function makeStyles(accent: string) {
  return StyleSheet.create({
    page: {
      paddingTop: 48,
      paddingBottom: 56,
      paddingHorizontal: 48,
      fontSize: 9.5,
      fontFamily: "DejaVu Sans",
      color: INK,
    },
    /** Line height lives here, not on the page: react-pdf drops dynamic text (page numbers) that inherits one. */
    body: { fontSize: 9.5, lineHeight: 1.4 },
    h1: { fontSize: 18, fontWeight: "bold", color: accent, marginBottom: 10 },
    h2: { fontSize: 14, fontWeight: "bold", color: accent, marginTop: 18, marginBottom: 6 },
    h3: { fontSize: 10.5, fontWeight: "bold", marginTop: 10, marginBottom: 4 },
    lead: { fontSize: 9, lineHeight: 1.35, color: MUTED, marginBottom: 8 },
    muted: { color: MUTED },
    small: { fontSize: 8, lineHeight: 1.3, color: MUTED },
    row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingVertical: 3 },
    head: { fontWeight: "bold", borderBottomColor: INK },
    figure: { marginVertical: 6 },
    caption: { fontSize: 8, lineHeight: 1.3, color: MUTED, marginTop: 2 },
    bigNumber: { fontSize: 28, fontWeight: "bold", color: accent, lineHeight: 1.1 },
    story: { marginTop: 4, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: "#d97757", fontStyle: "italic" },
    storyPositive: { borderLeftColor: "#3f9d63" },
    finding: { marginBottom: 10 },
    footer: {
      position: "absolute",
      bottom: 24,
      left: 48,
      right: 48,
      fontSize: 8,
      color: MUTED,
      flexDirection: "row",
      justifyContent: "space-between",
      borderTopWidth: 0.5,
      borderTopColor: RULE,
      paddingTop: 4,
    },
  });
}

export type Styles = ReturnType<typeof makeStyles>;
