/** Inside an organisation, "not allowed" keeps the organisation's navigation around it (the layout's). */
export default function ForbiddenInOrganisation() {
  return (
    <section className="card" aria-labelledby="forbidden-heading">
      <h1 id="forbidden-heading">Not allowed</h1>
      <p>Your role in this organisation does not give access to this page. Use the navigation to carry on.</p>
    </section>
  );
}
