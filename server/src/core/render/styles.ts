/**
 * The page's layout and components, written against a few custom properties (--bg, --fg, --good...)
 * that themes.ts sets for a standalone page (light, print) or from VS Code's theme variables.
 */
export const BASE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font-family:var(--font);font-size:var(--font-size);line-height:1.5}
body{--good-text:color-mix(in srgb,var(--good) 55%,var(--fg));--warn-text:color-mix(in srgb,var(--warn) 55%,var(--fg));--bad-text:color-mix(in srgb,var(--bad) 55%,var(--fg))}
:focus-visible{outline:2px solid var(--focus,var(--accent));outline-offset:2px}
tr:focus-visible,.table-wrap:focus-visible{outline-offset:-2px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
code,.role-id,.item-id,.conv-id,.where,.code{font-family:var(--mono)}
code{font-size:.92em;background:var(--surface-2);padding:1px 5px;border-radius:4px}
.strategy{max-width:1200px;margin:0 auto;padding:28px 36px 56px}
.muted{color:var(--muted)}
h1,h2,h3,h4{margin:0;line-height:1.25;font-weight:650}
.hero{--ink:var(--hero-fg);background:var(--hero-bg);color:var(--hero-fg);border-radius:16px;padding:28px 32px 24px;margin-bottom:32px;border:1px solid var(--hero-border)}
.hero .muted{color:var(--hero-muted)}
.eyebrow{text-transform:uppercase;letter-spacing:.08em;font-size:12px;font-weight:600;color:var(--hero-muted)}
.eyebrow .sep{margin:0 4px}
.hero h1{font-size:30px;margin:6px 0 18px;letter-spacing:-.01em}
.meta{display:flex;flex-wrap:wrap;gap:12px 36px;margin-bottom:22px}
.meta-item{display:flex;flex-direction:column;gap:4px}
.meta-label{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--hero-muted)}
.hero .role-id,.hero .role-fn{color:var(--hero-muted);border-color:var(--hero-border)}
.rhythm{margin-right:4px}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px}
.kpi{background:var(--kpi-bg);border:1px solid var(--hero-border);border-radius:10px;padding:10px 14px;border-top:3px solid var(--tone,var(--hero-border))}
.kpi-good{--tone:var(--good)}.kpi-warn{--tone:var(--warn)}.kpi-bad{--tone:var(--bad)}.kpi-neutral{--tone:var(--hero-border)}
.kpi-value{font-size:24px;font-weight:700;font-variant-numeric:tabular-nums}
.kpi-label{font-size:12px;font-weight:600}
.kpi-note{font-size:12px;color:var(--hero-muted)}
.section{margin:0 0 40px}
.section-head{margin-bottom:14px;padding-bottom:8px;border-bottom:1px solid var(--border)}
.section-head h2{font-size:20px}
.lead{margin:4px 0 0;color:var(--muted);font-size:13px;max-width:90ch}
h3.sub{font-size:15px;margin:22px 0 10px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,460px),1fr));gap:18px;align-items:start}
.card{background:var(--surface);border:1px solid var(--border);border-radius:14px;padding:18px 20px;box-shadow:var(--shadow)}
.card.missing{background:transparent;border:2px dashed var(--border-strong);box-shadow:none}
.card.malformed{border-color:var(--bad)}
.card-head{display:flex;align-items:center;gap:12px;margin-bottom:8px}
.card-head>.chip{margin-left:auto;white-space:nowrap}
.card-status{display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px;margin:0 0 12px;font-size:12.5px}
.num{flex:none;width:30px;height:30px;border-radius:50%;display:grid;place-items:center;font-weight:700;font-size:14px;background:var(--accent);color:var(--on-accent)}
.missing .num{background:var(--surface-2);color:var(--muted)}
.card-title{display:flex;flex-direction:column}
.card-title h3{font-size:17px}
.conv-id{font-size:11px;color:var(--muted)}
.summary{margin:0 0 14px;font-size:14px}
.maps-out{margin:0 0 12px;color:var(--muted);font-size:13px}
.seats{display:flex;flex-direction:column;gap:8px;padding:12px 0 4px;border-top:1px solid var(--border)}
.seat{display:grid;grid-template-columns:96px 1fr;align-items:baseline;gap:10px}
.seat .label{margin:0}
.label,.label-inline{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font-weight:600;margin-bottom:4px}
.label-inline{margin:0 6px 0 0}
.people{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px}
.people li{background:var(--surface-2);border-radius:8px;padding:3px 8px}
.role{display:inline-flex;flex-wrap:wrap;align-items:baseline;gap:0 6px}
.role-title{font-weight:600}
.role.compact .role-title{font-weight:500}
.by::before{content:"Owner ";color:var(--muted)}
.role-id{font-size:11px;color:var(--muted)}
.role-fn{font-size:10px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);border:1px solid var(--border);border-radius:4px;padding:0 4px}
.role.unknown .role-title{color:var(--bad-text);text-decoration:underline wavy var(--bad)}
.gap{font-size:12.5px;color:var(--warn-text);margin:2px 0 8px}
.invite{border-top:1px solid var(--border);padding-top:12px}
.hint{font-size:12.5px;color:var(--muted);margin:10px 0 0}
.block{border-top:1px solid var(--border);padding-top:10px;margin-top:10px}
.block h4{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin-bottom:6px}
.count{display:inline-block;min-width:18px;text-align:center;border-radius:9px;background:var(--surface-2);font-size:11px;padding:0 5px;margin-left:4px}
.items{list-style:none;margin:0;padding:0}
.item{padding:8px 10px;margin:0 -10px;border-radius:8px;border-left:3px solid transparent}
.item+.item{margin-top:2px}
.item-main{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 8px}
.item-name{font-weight:600}
.item-id{font-size:11px;color:var(--muted)}
.item-meta{display:flex;flex-wrap:wrap;align-items:center;gap:4px 8px;margin-top:4px;font-size:12.5px;color:var(--muted)}
.item.overdue,.item.uncovered{border-left-color:var(--bad);background:var(--bad-bg)}
.item.status-dropped .item-name,.item.status-done .item-name{color:var(--muted)}
.item.status-dropped .item-name{text-decoration:line-through}
.due.overdue{color:var(--bad-text);font-weight:600}
.measure strong{color:var(--fg)}
.on.unknown{color:var(--bad-text)}
.covers{display:flex;flex-wrap:wrap;align-items:center;gap:4px;margin-top:6px;font-size:12.5px}
.ref{background:var(--surface-2);border-radius:6px;padding:1px 7px}
.ref.unknown{color:var(--bad-text);text-decoration:underline wavy var(--bad)}
.mitigations{margin:6px 0 0;padding-left:20px;font-size:13px}
.mitigations li::marker{color:var(--good)}
.chip{display:inline-flex;align-items:center;border-radius:999px;padding:1px 9px;font-size:11.5px;font-weight:600;line-height:1.6;color:color-mix(in srgb,var(--tone) 50%,var(--ink,var(--fg)));background:var(--tone-bg);border:1px solid var(--tone-border,transparent);white-space:nowrap}
.chip-good{--tone:var(--good);--tone-bg:var(--good-bg)}
.chip-warn{--tone:var(--warn);--tone-bg:var(--warn-bg)}
.chip-bad{--tone:var(--bad);--tone-bg:var(--bad-bg)}
.chip-info{--tone:var(--info);--tone-bg:var(--info-bg)}
.chip-accent{--tone:var(--purple);--tone-bg:var(--purple-bg)}
.chip-neutral{--tone:var(--fg-soft);--tone-bg:var(--surface-2)}
.chip-muted{--tone:var(--muted);--tone-bg:transparent;--tone-border:var(--border)}
.hero .chip-muted{--tone:var(--hero-muted);--tone-border:var(--hero-border)}
.table-wrap{overflow-x:auto;border:1px solid var(--border);border-radius:12px;background:var(--surface)}
table{width:100%;border-collapse:collapse;font-size:13px}
th,td{padding:8px 12px;text-align:left;vertical-align:middle;border-bottom:1px solid var(--border)}
tbody tr:last-child>*{border-bottom:none}
thead th{background:var(--surface-2);font-size:11.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:650;vertical-align:bottom}
tbody th{font-weight:normal}
.matrix td{text-align:center}
.matrix th.conv-col{text-align:center}
.matrix th.conv-col.absent{color:var(--muted);text-decoration:line-through}
.seat-mark.owner{display:inline-block;background:var(--accent);color:var(--on-accent);border-radius:6px;padding:0 8px;font-size:11px;font-weight:700}
.seat-mark.participant{color:var(--accent);font-size:14px}
.roles-matrix tr.unknown th{color:var(--bad-text)}
.roles-matrix tbody th .chip{margin-left:6px}
.role-desc{font-size:11.5px;color:var(--muted);max-width:46ch}
.legend{font-size:12px;color:var(--muted);margin:8px 2px 0;display:flex;gap:8px 14px;flex-wrap:wrap;align-items:center}
.liability-col{min-width:92px;max-width:130px;text-transform:none;letter-spacing:0;text-align:center}
.liability-col .col-num{display:block;font-weight:700;color:var(--fg)}
.liability-col .col-title{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden;font-weight:500;font-size:11px;line-height:1.3;margin:2px 0 4px;color:var(--fg-soft)}
.coverage-matrix tbody th{min-width:260px}
.cover-mark{display:inline-grid;place-items:center;width:20px;height:20px;border-radius:50%;font-weight:700;font-size:12px;line-height:1}
.cover-mark.direct{background:var(--good);color:var(--on-good)}
.cover-mark.platform{border:1.5px solid var(--good);color:var(--good)}
.row-meta{font-size:11.5px;color:var(--muted)}
.kind{text-transform:capitalize}
.coverage-matrix tr.uncovered{background:var(--bad-bg)}
.coverage-matrix tr.uncovered th{box-shadow:inset 3px 0 0 var(--bad)}
.cover-status{text-align:right}
.covered-by{text-align:left;display:flex;flex-wrap:wrap;gap:4px}
.callout{border-radius:10px;padding:10px 14px;margin:0 0 12px;font-size:13.5px;border:1px solid}
.callout-good{background:var(--good-bg);border-color:var(--good);color:var(--fg)}
.callout-bad{background:var(--bad-bg);border-color:var(--bad);color:var(--fg)}
.timeline .bar-col{width:34%;min-width:180px}
.timeline td,.timeline tbody th{white-space:nowrap}
.timeline tr.inherited svg.bar .cycle{opacity:.45}
.timeline .scale{display:block;text-transform:none;letter-spacing:0;font-weight:normal}
.timeline tr.strategy-row th{font-weight:650}
.timeline tr.inherited td,.timeline tr.review-missing td{color:var(--muted)}
.timeline tr.overdue th{box-shadow:inset 3px 0 0 var(--bad)}
.overdue-date{color:var(--bad-text);font-weight:650}
svg.bar{display:block;width:100%;height:18px}
svg.bar .track{fill:var(--border)}
svg.bar .cycle{fill:var(--good)}
svg.bar .cycle-due-soon{fill:var(--warn)}
svg.bar .cycle-overdue{fill:var(--bad)}
svg.bar .overrun{fill:var(--bad);opacity:.35}
svg.bar .today{stroke:var(--fg);stroke-width:1.5;stroke-dasharray:3 2}
.deadlines td.date{font-variant-numeric:tabular-nums;white-space:nowrap}
.deadlines tr.overdue{background:var(--bad-bg)}
.deadlines tr.overdue td.date{color:var(--bad-text);font-weight:650}
.deadlines tr.closed td{color:var(--muted)}
.counts{display:flex;gap:10px;flex-wrap:wrap;margin-bottom:6px}
.count-tile{border:1px solid var(--border);border-radius:10px;padding:8px 16px;min-width:110px;background:var(--surface);border-top:3px solid var(--tone)}
.count-tile.zero{border-top-color:var(--border)}
.count-tile.zero .count-value{color:var(--muted)}
.count-value{display:block;font-size:22px;font-weight:700}
.count-label{font-size:12px;color:var(--muted)}
.sev-error{--tone:var(--bad)}.sev-warning{--tone:var(--warn)}.sev-information{--tone:var(--info)}.sev-hint{--tone:var(--muted)}
.problem-list{list-style:none;margin:0;padding:0;border:1px solid var(--border);border-radius:12px;background:var(--surface);overflow:hidden}
.problem{display:grid;grid-template-columns:70px auto 1fr;gap:10px;align-items:baseline;padding:8px 14px;border-bottom:1px solid var(--border);box-shadow:inset 3px 0 0 var(--tone);font-size:13px}
.problem:last-child{border-bottom:none}
.where{font-size:12px;color:var(--muted);white-space:nowrap}
.problem .code{font-size:11.5px;background:var(--surface-2);border-radius:4px;padding:0 6px;white-space:nowrap}
.banner{background:var(--bad-bg);border:1px solid var(--bad);border-radius:12px;padding:12px 16px;margin-bottom:20px}
.banner-title{font-weight:600;display:flex;gap:8px;align-items:center}
.banner ul{margin:8px 0 0;padding-left:22px;font-size:13px}
.banner .where{margin-right:6px}
.empty{color:var(--muted);font-style:italic}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{transition:none!important;animation:none!important;scroll-behavior:auto!important}}
.page-footer{margin-top:48px;padding-top:12px;border-top:1px solid var(--border);color:var(--muted);font-size:12px}
`;
