/**
 * The custom properties behind styles.ts: a light theme and print rules for the standalone page, and
 * a mapping onto VS Code's theme variables (light, dark, high contrast) for the webview.
 */

export const EXPORT_THEME_CSS = `
:root{
  --font:-apple-system,BlinkMacSystemFont,"Segoe UI","Inter","Helvetica Neue",Arial,"Noto Sans",sans-serif;
  --mono:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace;
  --font-size:14px;
  --bg:#f4f6f9;--fg:#1b2230;--fg-soft:#3d4657;--muted:#5f6b7d;
  --surface:#ffffff;--surface-2:#eef1f5;--border:#dfe4eb;--border-strong:#b9c2cf;
  --accent:#2450b8;--on-accent:#ffffff;--on-good:#ffffff;
  --good:#1a7f37;--good-bg:#e6f4ea;--warn:#9a5b00;--warn-bg:#fff3d6;--bad:#c4271f;--bad-bg:#fdecea;
  --info:#1d5fbf;--info-bg:#e6effc;--purple:#6b3fb5;--purple-bg:#f0eafb;
  --shadow:0 1px 2px rgba(16,24,40,.05),0 2px 8px rgba(16,24,40,.04);
  --hero-bg:linear-gradient(135deg,#0f1f45 0%,#173a84 60%,#2450b8 100%);--hero-fg:#ffffff;--hero-muted:#c4d2f0;
  --hero-border:rgba(255,255,255,.22);--kpi-bg:rgba(255,255,255,.08);
}
.hero .chip-good{--tone:#b8f0c8;--tone-bg:rgba(26,127,55,.35)}
.hero .chip-warn{--tone:#ffe3a3;--tone-bg:rgba(154,91,0,.45)}
.hero .chip-bad{--tone:#ffd1cd;--tone-bg:rgba(196,39,31,.55)}
.hero .kpi-good{--tone:#5fd38a}.hero .kpi-warn{--tone:#ffc14d}.hero .kpi-bad{--tone:#ff7b72}
@media print{
  @page{margin:14mm}
  :root{--bg:#ffffff;--shadow:none;--hero-bg:#ffffff;--hero-fg:#1b2230;--hero-muted:#5f6b7d;--hero-border:#dfe4eb;--kpi-bg:#ffffff}
  body{font-size:11.5px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .strategy{max-width:none;padding:0}
  .hero{border-radius:0;padding:0 0 14px;border:none;border-bottom:2px solid #1b2230}
  .hero .chip-good{--tone:var(--good);--tone-bg:var(--good-bg)}
  .hero .chip-warn{--tone:var(--warn);--tone-bg:var(--warn-bg)}
  .hero .chip-bad{--tone:var(--bad);--tone-bg:var(--bad-bg)}
  .hero .kpi-good{--tone:var(--good)}.hero .kpi-warn{--tone:var(--warn)}.hero .kpi-bad{--tone:var(--bad)}
  .cards{grid-template-columns:1fr 1fr}
  .card,.kpi,tr,.problem,.banner,.callout{break-inside:avoid}
  .section-head{break-after:avoid}
  .table-wrap{overflow:visible}
  #roles,#coverage{break-before:page}
}
@media (forced-colors:active){
  :root{--bg:Canvas;--fg:CanvasText;--fg-soft:CanvasText;--muted:CanvasText;--surface:Canvas;--surface-2:Canvas;
    --border:CanvasText;--border-strong:CanvasText;--accent:Highlight;--on-accent:HighlightText;--on-good:Canvas;
    --good:CanvasText;--warn:CanvasText;--bad:CanvasText;--info:CanvasText;--purple:CanvasText;
    --good-bg:Canvas;--warn-bg:Canvas;--bad-bg:Canvas;--info-bg:Canvas;--purple-bg:Canvas;--shadow:none;
    --hero-bg:Canvas;--hero-fg:CanvasText;--hero-muted:CanvasText;--hero-border:CanvasText;--kpi-bg:Canvas}
  .chip,.hero .chip-good,.hero .chip-warn,.hero .chip-bad{--tone:CanvasText;--tone-bg:Canvas;--tone-border:CanvasText}
  .item.overdue,.item.uncovered,.coverage-matrix tr.uncovered,.deadlines tr.overdue{outline:2px dashed CanvasText;outline-offset:-2px}
}
`;

/** VS Code sets these variables on the webview's html element and a theme class on body. */
export const WEBVIEW_THEME_CSS = `
body{
  --font:var(--vscode-font-family,-apple-system,"Segoe UI",sans-serif);
  --mono:var(--vscode-editor-font-family,ui-monospace,Consolas,monospace);
  --font-size:var(--vscode-font-size,13px);
  --bg:var(--vscode-editor-background);--fg:var(--vscode-editor-foreground,var(--vscode-foreground));
  --fg-soft:var(--vscode-foreground);
  --muted:color-mix(in srgb,var(--vscode-descriptionForeground) 75%,var(--fg));
  --surface:var(--vscode-editorWidget-background,var(--vscode-editor-background));
  --surface-2:var(--vscode-textBlockQuote-background,var(--vscode-editorWidget-background));
  --border:var(--vscode-widget-border,var(--vscode-panel-border,rgba(128,128,128,.35)));
  --border-strong:var(--vscode-editorWidget-border,var(--vscode-descriptionForeground));
  --accent:var(--vscode-button-background,var(--vscode-textLink-foreground));--on-accent:var(--vscode-button-foreground,#fff);
  --good:var(--vscode-charts-green,#388a34);--warn:var(--vscode-editorWarning-foreground,var(--vscode-charts-yellow,#bf8803));
  --bad:var(--vscode-errorForeground,var(--vscode-charts-red,#e51400));--info:var(--vscode-charts-blue,#1a85ff);
  --purple:var(--vscode-charts-purple,#8e44ad);--on-good:var(--vscode-editor-background);
  --good-bg:color-mix(in srgb,var(--good) 16%,var(--surface));--warn-bg:color-mix(in srgb,var(--warn) 16%,var(--surface));
  --bad-bg:color-mix(in srgb,var(--bad) 13%,var(--surface));--info-bg:color-mix(in srgb,var(--info) 16%,var(--surface));
  --purple-bg:color-mix(in srgb,var(--purple) 16%,var(--surface));
  --shadow:none;--focus:var(--vscode-focusBorder,var(--accent));
  --hero-bg:var(--surface);--hero-fg:var(--fg);--hero-muted:var(--muted);--hero-border:var(--border);--kpi-bg:var(--bg);
  padding:0;
}
body.vscode-high-contrast,body.vscode-high-contrast-light{
  --border:var(--vscode-contrastBorder,currentColor);--border-strong:var(--vscode-contrastBorder,currentColor);
  --good-bg:transparent;--warn-bg:transparent;--bad-bg:transparent;--info-bg:transparent;--purple-bg:transparent;
}
body.vscode-high-contrast .chip,body.vscode-high-contrast-light .chip{--tone-border:currentColor}
body.vscode-high-contrast .item.overdue,body.vscode-high-contrast .item.uncovered{outline:1px dashed var(--bad)}
.strategy{padding:16px 24px 40px}
.hero{border-left:4px solid var(--accent)}
[data-line]{cursor:pointer}
[data-line]:hover:not(:focus-visible):not(:has([data-line]:hover)){outline:1px dotted var(--vscode-focusBorder,var(--accent));outline-offset:1px}
`;
