"use client";

import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "@/lib/client/api";
import type { WaveParticipationBySegment } from "@/lib/diagnostic/participation/get-participation-by-segment";
import { TableScroll } from "@/components/ui/table-scroll";

/** How often the figures are read again while the wave is open (and the tab is in view). */
export const PARTICIPATION_REFRESH_MS = 15_000;
const FLAG_PERCENT = 60;

const figure = {
  key: z.string().nullable(),
  invited: z.number(),
  answered: z.number().nullable(),
  hidden: z.enum(["fewer-than-k", "subtraction"]).nullable(),
  rate: z.number().nullable(),
  flagged: z.boolean(),
};
const participationSchema = z.object({
  open: z.boolean(),
  k: z.number(),
  total: z.object(figure).nullable(),
  departments: z.array(
    z.object({
      ...figure,
      name: z.string(),
      depth: z.number(),
      rolesHidden: z.boolean(),
      roles: z.array(z.object({ ...figure, name: z.string() })),
    }),
  ),
}) satisfies z.ZodType<WaveParticipationBySegment>;

type Figure = z.infer<typeof participationSchema>["total"] & {};

function Cells({ row, k }: { row: Figure; k: number }) {
  return (
    <>
      <td data-label="Invited">{row.invited}</td>
      <td data-label="Answered">
        {row.answered ?? (
          <span className="muted">
            {row.hidden === "subtraction"
              ? "hidden, so that a smaller group’s count cannot be worked out"
              : `fewer than ${k}`}
          </span>
        )}
      </td>
      <td data-label="Rate">
        {row.rate === null ? row.flagged ? null : <span className="muted">—</span> : `${row.rate} %`}
        {row.flagged && (
          <strong className="effect-obstructs">{`${row.rate === null ? "" : " — "}under ${FLAG_PERCENT} %`}</strong>
        )}
      </td>
    </>
  );
}

/**
 * Invited and answered per department (and per role within each), from the participation record, never
 * the answers. While the wave is open it reads the figures again every 15 seconds, only while the tab is
 * in view; counts under k say "fewer than k".
 */
export function ParticipationTable({
  org,
  waveId,
  initial,
}: {
  org: string;
  waveId: string;
  initial: WaveParticipationBySegment;
}) {
  const query = useQuery({
    queryKey: ["participation", org, waveId],
    queryFn: () => api.get(`/api/orgs/${org}/waves/${waveId}/participation`, participationSchema),
    initialData: initial,
    // Background tabs do not poll (refetchIntervalInBackground is off); a closed wave stops.
    refetchInterval: (q) => (q.state.data?.open ? PARTICIPATION_REFRESH_MS : false),
    refetchIntervalInBackground: false,
  });
  const data = query.data;
  const { k } = data;
  return (
    <section className="card" aria-labelledby="participation-heading" data-testid="participation">
      <h2 id="participation-heading">Participation</h2>
      <p className="hint">
        Invitation links answered, from the participation record (never from the answers).{" "}
        {data.open
          ? "Read again every 15 seconds while the wave is open."
          : "The wave is not taking answers now: these are its latest figures."}{" "}
        Answers through the shared link have no count of people asked, so they are not here. Counts under {k}, or that
        would give away a smaller group&apos;s, are not shown.
      </p>
      {query.error && (
        <p className="alert error" role="alert">
          Could not read the latest figures: {query.error.message} The figures below may be out of date.
        </p>
      )}
      {data.departments.length === 0 && !data.total ? (
        <p className="muted">No invitation links have been sent for this wave yet.</p>
      ) : (
        <TableScroll label="Participation by department and role">
          <table className="stack-on-phone compact">
            <caption className="sr-only">
              Invited and answered per department, with the roles of each department below it; counts under {k} are
              shown as fewer than {k}
            </caption>
            <thead>
              <tr>
                <th scope="col">Department or role</th>
                <th scope="col">Invited</th>
                <th scope="col">Answered</th>
                <th scope="col">Rate</th>
              </tr>
            </thead>
            <tbody>
              {data.total && (
                <tr data-testid="participation-total">
                  <th scope="row">Everyone invited</th>
                  <Cells row={data.total} k={k} />
                </tr>
              )}
              {data.departments.map((department) => {
                const indent = (depth: number) => (depth ? { paddingLeft: `${0.6 + 1.1 * depth}rem` } : undefined);
                return [
                  <tr key={`d:${department.key}`} data-testid={`participation-department-${department.key ?? "none"}`}>
                    <th scope="row" style={indent(department.depth)}>
                      {department.name}
                    </th>
                    <Cells row={department} k={k} />
                  </tr>,
                  ...department.roles.map((role) => (
                    <tr key={`r:${department.key}:${role.key}`} data-testid={`participation-role-${role.key}`}>
                      <th scope="row" style={{ ...indent(department.depth + 1), fontWeight: 400 }}>
                        <span className="sr-only">{department.name}: </span>
                        {role.name}
                      </th>
                      <Cells row={role} k={k} />
                    </tr>
                  )),
                  department.rolesHidden && (
                    <tr key={`n:${department.key}`}>
                      <td colSpan={4} className="muted" style={indent(department.depth + 1)}>
                        Roles in {department.name} are not shown: with the department&apos;s count they would give away
                        a smaller group&apos;s.
                      </td>
                    </tr>
                  ),
                ];
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
