/**
 * The whole style sheet of the HTML report, one `<style>` element allowed by its hash. Colours are
 * custom properties set three times: light, dark (`prefers-color-scheme`) and print (always light,
 * whatever the screen). Under 480 px each unit is a card (labels from `data-label`); above, a table.
 * Print: A4, table header repeated on every page, no row or card split across pages.
 * Text colours meet WCAG AA (4.5:1) on their backgrounds in both schemes.
 */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --panel: #f6f8fa;
  --track: #e4e8ec; --accent: #0969da; --link: #0550ae; --caution: #9a6700;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #3d444d; --panel: #161b22;
    --track: #2d333b; --accent: #4493f8; --link: #79c0ff; --caution: #d29922;
  }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0 auto; max-inline-size: 76rem; padding: 1.5rem 1.25rem 2.5rem;
  font: 1rem/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); background: var(--bg);
}
a { color: var(--link); }
a:focus-visible, .table-wrap:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
code { font: 0.85em/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; overflow-wrap: anywhere; }
.kicker { margin: 0; color: var(--muted); font-size: 0.875rem; font-weight: 600; letter-spacing: 0.03em; text-transform: uppercase; }
h1 { margin: 0.25rem 0 1rem; font-size: 1.625rem; line-height: 1.25; text-wrap: balance; overflow-wrap: anywhere; }
h2 { margin: 1.75rem 0 0.5rem; font-size: 1.125rem; }
.facts {
  display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.3rem 1.25rem;
  margin: 0 0 1rem; padding: 0.875rem 1rem; background: var(--panel); border: 1px solid var(--line); border-radius: 0.5rem;
}
.facts dt { color: var(--muted); }
.facts dd { margin: 0; min-inline-size: 0; overflow-wrap: anywhere; }
.facts ul { margin: 0; padding-inline-start: 1.1rem; }
.caution code { white-space: nowrap; }
.caution { margin: 0 0 1rem; padding: 0.5rem 0.875rem; border-inline-start: 4px solid var(--caution); background: var(--panel); }
.summary { margin: 0 0 0.75rem; }
.tiers { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0 0 1.25rem; padding: 0; list-style: none; }
.tiers li { min-inline-size: 0; overflow-wrap: anywhere; }
.tiers-title { margin: 0; color: var(--muted); font-size: 0.875rem; }
.dot { display: inline-block; inline-size: 0.8em; block-size: 0.8em; margin-inline-end: 0.35em; vertical-align: -0.05em; }
.dot circle { stroke: var(--fg); stroke-opacity: 0.35; stroke-width: 1; }
.table-wrap { overflow-x: auto; }
table { inline-size: 100%; border-collapse: collapse; }
caption { margin-block-end: 0.5rem; font-size: 1.125rem; font-weight: 600; text-align: start; }
th, td { padding: 0.5rem 0.625rem; border-block-end: 1px solid var(--line); text-align: start; vertical-align: middle; }
thead th { border-block-end: 2px solid var(--line); color: var(--muted); font-size: 0.875rem; font-weight: 600; vertical-align: bottom; }
tbody th { font-weight: 600; overflow-wrap: anywhere; }
.num { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
.group { display: block; color: var(--muted); font-size: 0.8125rem; font-weight: 400; }
.line { white-space: nowrap; }
.tier .line { white-space: normal; overflow-wrap: anywhere; }
.figure { display: inline-block; min-inline-size: 3.2em; }
.bar { display: inline-block; inline-size: 6rem; block-size: 0.625rem; margin-inline-start: 0.5rem; vertical-align: middle; }
.bar .track { fill: var(--track); }
.bar .fill:not([fill]) { fill: var(--accent); }
.mark { margin-inline-start: 0.1em; font-weight: 700; text-decoration: none; }
.tie, .muted { color: var(--muted); }
.tie { text-decoration: none; }
.sr-only { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.notes { max-inline-size: 62rem; font-size: 0.9375rem; }
.notes p { margin: 0.4rem 0; }
.notes ul { margin: 0.4rem 0; padding-inline-start: 1.25rem; }
footer { margin-block-start: 2rem; padding-block-start: 0.75rem; border-block-start: 1px solid var(--line); color: var(--muted); font-size: 0.875rem; }
@media (max-width: 479.98px) {
  body { padding: 1rem 0.75rem 2rem; }
  h1 { font-size: 1.375rem; }
  .facts { grid-template-columns: minmax(0, 1fr); gap: 0; }
  .facts dd { margin-block-end: 0.5rem; }
  .table-wrap { overflow: visible; }
  table, caption, tbody, tr, th, td { display: block; }
  thead { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }
  tbody tr {
    display: flex; flex-direction: column; gap: 0.3rem; margin-block-end: 0.75rem; padding: 0.75rem 0.875rem;
    border: 1px solid var(--line); border-radius: 0.5rem; break-inside: avoid;
  }
  tbody th, tbody td { padding: 0; border: 0; }
  tbody th { order: -1; font-size: 1.0625rem; }
  tbody td { display: flex; align-items: center; justify-content: space-between; gap: 0.75rem; text-align: end; white-space: normal; }
  tbody td::before { content: attr(data-label); content: attr(data-label) / ""; color: var(--muted); font-size: 0.875rem; text-align: start; flex: none; max-inline-size: 45%; overflow-wrap: anywhere; }
  tbody td.tier { overflow-wrap: anywhere; }
  .bar { inline-size: 4.5rem; }
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  :root {
    color-scheme: light;
    --bg: #ffffff; --fg: #000000; --muted: #404040; --line: #8c959f; --panel: #ffffff;
    --track: #e4e8ec; --accent: #0969da; --link: #000000; --caution: #9a6700;
  }
  html { font-size: 9.5pt; }
  body { max-inline-size: none; padding: 0; }
  h1 { font-size: 15pt; }
  .table-wrap { overflow: visible; }
  thead { display: table-header-group; }
  tr, .facts, .caution, .tiers, .notes p, .notes li { break-inside: avoid; }
  h1, h2, caption { break-after: avoid; }
  .bar, .dot { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { text-decoration: none; }
  .facts a[href]::after { content: " (" attr(href) ")"; overflow-wrap: anywhere; }
}
`;
