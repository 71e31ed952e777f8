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

// An event page follows its event: a light poll of its change feed; when reports have joined,
// the page reloads itself (or, while the reader is scrolled down, says so and waits for a click).
document.addEventListener("DOMContentLoaded", () => {
  const brief = document.querySelector("article.brief[data-event]");
  if (!brief || !window.fetch) return;
  const shown = Number(brief.dataset.reports);
  const url = `/api/events/${encodeURIComponent(brief.dataset.event)}/updates?limit=0`;
  const every = 15000;
  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (response.ok) {
        const feed = await response.json();
        if (feed.report_count !== shown) {
          if (window.scrollY < 200) { window.location.reload(); return; }
          if (!document.querySelector(".notice")) {
            const notice = document.createElement("p");
            notice.className = "notice";
            const link = document.createElement("a");
            link.href = window.location.pathname;
            link.textContent = `${feed.report_count - shown} new report(s): reload`;
            notice.append(link);
            brief.prepend(notice);
          }
        }
      }
    } catch (error) { /* offline for a moment: try again later */ }
    window.setTimeout(poll, every);
  };
  window.setTimeout(poll, every);
});
