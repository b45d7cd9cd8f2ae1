/**
 * Enhances build-time charts; everything here is optional (the page is complete without it):
 * a tooltip and a spoken status on hover/focus of a data point, arrow keys between points, and
 * SVG/PNG downloads. No d3: the chart is already drawn.
 */
const figures = document.querySelectorAll<HTMLElement>('figure[data-chart]');
figures.forEach(enhance);

function enhance(fig: HTMLElement): void {
  const view = fig.querySelector<HTMLElement>('.chart-view');
  const svg = view?.querySelector<SVGSVGElement>('svg');
  const tip = view?.querySelector<HTMLElement>('.chart-tip');
  const live = view?.querySelector<HTMLElement>('.chart-live');
  if (!view || !svg || !tip) return;
  const marks = Array.from(svg.querySelectorAll<SVGGElement>('.mark'));

  const show = (m: SVGGElement, speak: boolean): void => {
    const text = `${m.dataset.label ?? ''}：${m.dataset.value ?? ''}`;
    const box = m.getBoundingClientRect();
    const base = view.getBoundingClientRect();
    tip.textContent = text;
    tip.style.left = `${box.left - base.left + box.width / 2}px`;
    tip.style.top = `${box.top - base.top}px`;
    tip.hidden = false;
    if (speak && live) live.textContent = text;
  };
  const hide = (): void => { tip.hidden = true; };

  marks.forEach((m, i) => {
    m.addEventListener('pointerenter', () => show(m, false));
    m.addEventListener('pointerleave', hide);
    m.addEventListener('focus', () => show(m, true));
    m.addEventListener('blur', hide);
    m.addEventListener('keydown', (e) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
      const to = e.key === 'Home' ? 0 : e.key === 'End' ? marks.length - 1 : step === undefined ? -1 : i + step;
      if (e.key === 'Escape') hide();
      const next = marks[to];
      if (!next) return;
      e.preventDefault();
      next.focus();
    });
  });

  fig.querySelectorAll<HTMLButtonElement>('[data-download]').forEach((b) =>
    b.addEventListener('click', () => void download(fig, svg, b.dataset.download === 'png')));
}

/** A standalone copy: real size and the page's font, since `inherit` means nothing in a file. */
function standalone(fig: HTMLElement, svg: SVGSVGElement): { text: string; w: number; h: number } {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width: w, height: h } = svg.viewBox.baseVal;
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.setAttribute('font-family', getComputedStyle(fig).fontFamily);
  copy.querySelectorAll('[tabindex]').forEach((n) => n.removeAttribute('tabindex'));
  return { text: new XMLSerializer().serializeToString(copy), w, h };
}

async function download(fig: HTMLElement, svg: SVGSVGElement, png: boolean): Promise<void> {
  const { text, w, h } = standalone(fig, svg);
  const blob = new Blob([text], { type: 'image/svg+xml;charset=utf-8' });
  if (!png) return save(blob, `${fig.id}.svg`);
  const url = URL.createObjectURL(blob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = w * scale;
    canvas.height = h * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const out = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
    if (out) save(out, `${fig.id}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function save(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
