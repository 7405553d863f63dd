/** The invitation links' file is named after its wave, so two waves' downloads are told apart in a folder. */
export function invitationFileName(waveName: string): string {
  const stem = waveName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${stem ? `${stem}-` : ""}invitation-links.csv`;
}
