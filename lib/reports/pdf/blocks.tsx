/** Building blocks of the report's pages: section headings that record their page, and tables. */
import { Text, View } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { SectionId } from "./sections-list";
import type { Styles } from "./theme";

/** Called with the page each section starts on, while laying out (the first pass learns the contents' numbers). */
export type RecordPage = (id: SectionId, page: number) => void;

/**
 * A section: its heading kept with the start of its first block — it moves to the next page rather
 * than sit at the foot of one (`minPresenceAhead`) — and a marker right after it that tells `record`
 * on which page it landed. The parts are the page's own children (a fragment): react-pdf honours
 * `break` and `minPresenceAhead` only there. Dynamic text (`render`) is not used for the heading, as
 * it is dropped under an inherited line height.
 */
export function Section({
  id,
  title,
  styles,
  record,
  children,
  breakBefore,
}: {
  id: SectionId;
  title: string;
  styles: Styles;
  record: RecordPage;
  children: ReactNode;
  breakBefore?: boolean;
}) {
  return (
    <>
      <Text id={id} style={styles.h2} minPresenceAhead={160} break={breakBefore}>
        {title}
      </Text>
      <View
        render={({ pageNumber }) => {
          record(id, pageNumber);
          return null;
        }}
      />
      <View style={styles.body}>{children}</View>
    </>
  );
}

/** A table; `widths` are the columns' relative widths (the first three times the others unless given). */
export function Table({
  header,
  rows,
  widths,
  styles,
  align,
}: {
  header: string[];
  rows: (string | number)[][];
  widths?: number[];
  styles: Styles;
  align?: ("left" | "right")[];
}) {
  const cell = (i: number, span = 1) => {
    const of = (c: number) => widths?.[c] ?? (c === 0 ? 3 : 1);
    let sum = 0;
    for (let c = i; c < i + span; c++) sum += of(c);
    return { flex: sum, paddingRight: 6, textAlign: span === 1 ? (align?.[i] ?? "left") : "left" } as const;
  };
  return (
    <View>
      {/* Repeated on each page a long table runs over (react-pdf's `fixed` within the table's View). */}
      <View style={[styles.row, styles.head]} wrap={false} fixed>
        {header.map((h, i) => (
          <Text key={h} style={cell(i)}>
            {h}
          </Text>
        ))}
      </View>
      {rows.map((row, r) => (
        <View key={r} style={styles.row} wrap={false}>
          {row.map((value, i) => (
            // A short row (a hidden group and why) lets its last cell span the columns left.
            <Text key={i} style={cell(i, i === row.length - 1 ? header.length - row.length + 1 : 1)}>
              {String(value)}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
