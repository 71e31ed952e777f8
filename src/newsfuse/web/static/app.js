// Progressive enhancements only: every page works without this file.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // Filter selects apply at once on the events page.
  for (const select of document.querySelectorAll("select.autosubmit")) {
    select.addEventListener("change", () => select.form.submit());
  }
  // Hovering a disputed figure's chart marks its row in the figures table.
  const rows = document.querySelectorAll("tr.fact.status-disagree");
  document.querySelectorAll("figure.chart").forEach((chart, i) => {
    const row = rows[i];
    if (!row) return;
    chart.addEventListener("mouseenter", () => row.classList.add("selected"));
    chart.addEventListener("mouseleave", () => row.classList.remove("selected"));
  });
});
