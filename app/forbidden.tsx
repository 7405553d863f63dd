import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="auth-page">
      <div className="auth-card">
        <h1>Not allowed</h1>
        <p>Your role in this organisation does not give access to this page.</p>
        <Link className="button" href="/orgs">
          Your organisations
        </Link>
      </div>
    </main>
  );
}
