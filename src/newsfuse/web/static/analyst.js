// Corrections on an event page: tick reports, pick an action, confirm, and the change is sent to
// the corrections API with the server's token (kept for this tab only). Without this file the
// page still shows why the reports are together and the corrections log.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const panel = document.querySelector(".correct[data-event]");
  if (!panel || !window.fetch) return;
  const eventId = panel.dataset.event;
  const title = panel.dataset.title;
  const $ = (selector) => document.querySelector(selector);
  const status = panel.querySelector(".status");
  const confirmBox = panel.querySelector(".confirm");
  const tokenKey = "newsfuse-token";
  const doneKey = "newsfuse-correction-done";

  panel.hidden = false;
  for (const el of document.querySelectorAll(".pick-article, button[data-action='undo']")) {
    el.hidden = false;
  }
  $("#correct-token").value = sessionStorage.getItem(tokenKey) || "";
  const done = sessionStorage.getItem(doneKey);
  if (done) {
    sessionStorage.removeItem(doneKey);
    status.textContent = done;
  }

  const say = (text, isError = false) => {
    status.textContent = text;
    status.classList.toggle("error", isError);
  };
  const ticked = () => [...document.querySelectorAll(".pick-article:checked")];
  const names = (boxes) => boxes.map((box) => box.dataset.outlet).join(", ");
  const reports = (n) => `${n} report${n === 1 ? "" : "s"}`;
  const chosen = (selectId, inputId) => {
    const typed = $(inputId).value.trim();
    const select = $(selectId);
    if (typed) return { id: typed, label: typed };
    if (!select.value) return null;
    return { id: select.value, label: select.selectedOptions[0].textContent.replace(/ \([\d.]+\)$/, "") };
  };

  // Each action: what it sends and how the confirmation says it, or an error message.
  const plan = (button) => {
    const action = button.dataset.action;
    const boxes = ticked();
    const articles = boxes.map((box) => box.value);
    if (action === "split") {
      if (!boxes.length) return { error: "Tick the reports to split off first." };
      return {
        path: "split",
        body: { event: eventId, articles },
        text: `Split ${reports(boxes.length)} (${names(boxes)}) off “${title}” into a new event? ` +
          "They will stay apart from its other reports in every later run.",
      };
    }
    if (action === "move") {
      if (!boxes.length) return { error: "Tick the reports to move first." };
      const target = chosen("#move-target", "#move-id");
      if (!target) return { error: "Choose the event to move them to." };
      return {
        path: "move",
        body: { articles, event: target.id },
        text: `Move ${reports(boxes.length)} (${names(boxes)}) to “${target.label}”? ` +
          "They will stay with its reports, apart from this event's, in every later run.",
      };
    }
    if (action === "merge") {
      const other = chosen("#merge-source", "#merge-id");
      if (!other) return { error: "Choose the event to merge into this one." };
      return {
        path: "merge",
        body: { events: [eventId, other.id] },
        text: `Merge “${other.label}” into “${title}”? ` +
          "Their reports will stay one event in every later run.",
      };
    }
    return {
      path: "undo",
      body: { correction: button.dataset.correction },
      text: `Undo ${button.dataset.correction} (${button.dataset.kind} by ${button.dataset.author})? ` +
        "Its reports go back where they were.",
    };
  };

  let pending = null;
  const ask = (button) => {
    const token = $("#correct-token").value.trim();
    if (!token) { say("Enter the server's token first.", true); $("#correct-token").focus(); return; }
    const next = plan(button);
    if (next.error) { say(next.error, true); return; }
    pending = next;
    $("#confirm-text").textContent = next.text;
    confirmBox.hidden = false;
    $("#confirm-yes").focus();
    say("");
  };
  const send = async () => {
    if (!pending) return;
    const { path, body } = pending;
    pending = null;
    confirmBox.hidden = true;
    const token = $("#correct-token").value.trim();
    body.by = $("#correct-by").value.trim();
    body.why = $("#correct-why").value.trim();
    say("Saving…");
    let response;
    try {
      response = await fetch(`/api/corrections/${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
    } catch (error) {
      say("The server cannot be reached; nothing was changed.", true);
      return;
    }
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const detail = answer.detail || (answer.errors || []).join("; ") || response.statusText;
      say(`Not done: ${detail}`, true);
      return;
    }
    sessionStorage.setItem(tokenKey, token);
    const c = answer.correction;
    const now = answer.events.map((e) => `“${e.title}” (${reports(e.article_count)})`).join(", ");
    const verb = c.undone_at ? `undid ${c.id}` : `${c.kind} ${c.id}`;
    sessionStorage.setItem(doneKey, `Done: ${verb} by ${c.undone_by || c.author}. Events now: ${now || "none"}.`);
    const stays = answer.events.some((e) => e.id === eventId);
    if (stays || !answer.events.length) window.location.reload();
    else window.location.assign(answer.events[0].url);
  };

  document.querySelectorAll("[data-action]").forEach((button) => {
    button.addEventListener("click", () => ask(button));
  });
  $("#confirm-yes").addEventListener("click", send);
  $("#confirm-no").addEventListener("click", () => {
    pending = null;
    confirmBox.hidden = true;
    say("Cancelled: nothing was changed.");
  });
});
