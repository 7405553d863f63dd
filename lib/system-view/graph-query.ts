/** The part of an address the system view's graph depends on, in a fixed order: its cache key and the API's query. */
export const GRAPH_QUERY_FIELDS = ["focus", "department", "stage", "severity", "expand"] as const;

export function graphQuery(params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const field of GRAPH_QUERY_FIELDS) {
    const value = params.get(field);
    if (value) query.set(field, value);
  }
  return query.toString();
}
