/** The marks of compare mode (webview only: the export page never compares). */
export const COMPARE_CSS = `
.card.added,.item.added{box-shadow:inset 4px 0 0 var(--good)}
.card.changed,.item.changed{box-shadow:inset 4px 0 0 var(--warn)}
.card.removed,.item.removed,.people li.removed{text-decoration:line-through;box-shadow:inset 4px 0 0 var(--bad)}
.people li.added{outline:1px solid var(--good)}
.card.removed,.item.removed,.people li.removed{position:relative}
.item.removed,.people li.removed{padding-right:84px}
.card.removed>.card-head{padding-right:84px}
.removed>.chip.mark,.removed>.item-main>.chip.mark,.removed>.card-head>.chip.mark{position:absolute;top:8px;right:10px}
.card.removed>.card-head>.chip.mark{top:22px;right:20px}
.people li.removed>.chip.mark{top:50%;right:6px;transform:translateY(-50%)}
.change-detail{list-style:none;margin:6px 0 0;padding:6px 10px;border-radius:8px;background:var(--warn-bg);font-size:12.5px}
.change-detail .change-field{font-family:var(--mono);color:var(--muted);margin-right:4px}
.change-detail del{color:var(--bad-text)}
.change-detail ins{color:var(--good-text);text-decoration:none;font-weight:600}
.changes .change-list{margin:0;padding-left:0;list-style:none;display:flex;flex-direction:column;gap:4px}
.change{padding:4px 10px;border-radius:8px;background:var(--surface);border:1px solid var(--border)}
.change.regression{border-color:var(--bad);background:var(--bad-bg)}
.change.improvement{border-color:var(--good);background:var(--good-bg)}
.change-sign{font-family:var(--mono);font-weight:700;margin-right:4px}
.change .change-what{color:inherit;font-weight:600}
.change .change-id{font-family:var(--mono)}
.leave-compare{margin-left:12px;font:inherit;font-size:12px;padding:2px 10px;border-radius:6px;border:1px solid var(--border-strong);background:var(--surface-2);color:var(--fg);cursor:pointer}
`;
