// The filter above /industries/'s table: rows whose text (code, name, categories) does not contain what was typed are
// hidden. The filter is hidden in the HTML and shown here, so without JavaScript the full table is the page.
for (const box of document.querySelectorAll<HTMLElement>('[data-table-filter]')) {
  const table = document.getElementById(box.dataset.tableFilter ?? '');
  const input = box.querySelector('input');
  const status = box.querySelector<HTMLElement>('[role="status"]');
  if (!table || !input || !status) continue;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr')].map((row) => ({
    row,
    text: row.textContent?.replace(/\s+/g, '').toLowerCase() ?? '',
  }));
  const count = box.dataset.countTemplate ?? '{shown} / {total}';
  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const { row, text } of rows) {
      const match = words.every((w) => text.includes(w));
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = words.length
      ? count.replace('{shown}', String(shown)).replace('{total}', String(rows.length))
      : '';
  };
  box.hidden = false;
  input.addEventListener('input', apply);
  apply();
}
