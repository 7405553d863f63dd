/** The `<option>`s of a select over named things (departments, roles, stages): the key is sent, the name is shown. */
export function NameOptions({ items }: { items: readonly { key: string; name: string }[] }) {
  return items.map((item) => (
    <option key={item.key} value={item.key}>
      {item.name}
    </option>
  ));
}
