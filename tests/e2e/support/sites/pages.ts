/**
 * Small HTML pages standing in for real sites, served under their real hostnames. Only the
 * URL matters to detection; the pages are plain so a badge on them is easy to spot.
 */

const page = (title: string, body: string, script = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}${
    script ? `<script>${script}</script>` : ''
  }</body></html>`;

/** A single-page app: every path serves this; links navigate with history.pushState. */
export function spaPage(title: string, links: Record<string, string>): string {
  const buttons = Object.entries(links)
    .map(([id, href]) => `<button id="${id}" data-href="${href}">${id}</button>`)
    .join(' ');
  const script = `document.querySelectorAll('button[data-href]').forEach(function (b) {
    b.addEventListener('click', function () {
      history.pushState({}, '', b.dataset.href);
      document.getElementById('where').textContent = location.pathname;
    });
  });
  document.getElementById('where').textContent = location.pathname;`;
  return page(title, `<h1>${title}</h1><nav>${buttons}</nav><p id="where"></p>`, script);
}

export function staticPage(title: string, text: string): string {
  return page(title, `<h1>${title}</h1><p>${text}</p>`);
}
