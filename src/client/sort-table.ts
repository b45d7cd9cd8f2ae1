/**
 * Sortable tables: each header of a table.sortable gets a button; clicking it sorts the body
 * rows by that column (numbers by data-sort-value, text by pinyin-insensitive code order),
 * toggling ascending and descending. Without JavaScript the table reads in source order.
 */
function cellKey(row: HTMLTableRowElement, col: number): string | number {
  const cell = row.cells[col];
  const v = cell?.dataset.sortValue ?? cell?.textContent?.trim() ?? '';
  const n = Number(v);
  return v !== '' && !Number.isNaN(n) ? n : v;
}

for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) {
  const body = table.tBodies[0];
  if (!body) continue;
  table.querySelectorAll<HTMLTableCellElement>('thead th').forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach((h) => h.setAttribute('aria-sort', 'none'));
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const rows = [...body.rows];
      rows.sort((a, b) => {
        const x = cellKey(a, col);
        const y = cellKey(b, col);
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
        return asc ? c : -c;
      });
      body.append(...rows);
    });
  });
}
