export function SurveyMessage({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="survey-page">
      <div className="survey-card">
        <h1>{title}</h1>
        <p>{children}</p>
      </div>
    </main>
  );
}
