/** Inside an organisation, "not found" keeps the organisation's navigation around it (the layout's). */
export default function NotFoundInOrganisation() {
  return (
    <section className="card" aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Not found</h1>
      <p>
        This page does not exist in this organisation: it may have been removed or renamed. Use the navigation to carry
        on.
      </p>
    </section>
  );
}
