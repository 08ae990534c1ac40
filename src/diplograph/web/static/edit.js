// Corrections from the event page: each form.edit is sent as JSON with the bearer token
// the analyst typed (kept in sessionStorage, this tab only), then the page reloads.
// A file of its own because the Content-Security-Policy forbids inline scripts.
"use strict";
(function () {
  const token = () => document.getElementById("edit-token");
  const author = () => document.getElementById("edit-author");
  const status = () => document.getElementById("edit-status");

  function restore() {
    if (token()) token().value = sessionStorage.getItem("diplograph-token") || "";
    if (author()) author().value = sessionStorage.getItem("diplograph-author") || "";
  }

  function body(form, submitter) {
    const data = new FormData(form);
    const out = {};
    const set = {};
    for (const [key, value] of data.entries()) {
      if (key.startsWith("set.")) {
        if (value !== "") set[key.slice(4)] = value;
      } else if (key === "reports") {
        (out.reports = out.reports || []).push(value);
      } else if (value !== "") {
        out[key] = value;
      }
    }
    if (submitter && submitter.name === "action") out.action = submitter.value;
    if (out.action === "set_participant") out.set = set;
    if (out.action === "set_regions") {
      out.regions = (out.regions || "").split(/[\s,;]+/).filter(Boolean);
    }
    if (out.action === "split" && !out.reports) out.reports = [];
    out.author = author() ? author().value.trim() : "";
    return out;
  }

  async function send(event) {
    const form = event.target;
    if (!form.classList || !form.classList.contains("edit")) return;
    event.preventDefault();
    sessionStorage.setItem("diplograph-token", token() ? token().value : "");
    sessionStorage.setItem("diplograph-author", author() ? author().value : "");
    const payload = body(form, event.submitter);
    if (form.classList.contains("undo-form")) {
      for (const k of Object.keys(payload)) if (k !== "author") delete payload[k];
    }
    const headers = { "Content-Type": "application/json", Accept: "application/json" };
    if (token() && token().value) headers.Authorization = "Bearer " + token().value;
    const resp = await fetch(form.dataset.url, {
      method: "POST",
      headers,
      body: JSON.stringify(payload),
    });
    if (resp.ok) {
      window.location.reload();
      return;
    }
    let detail = resp.statusText;
    try {
      detail = (await resp.json()).detail || detail;
    } catch (e) {
      /* not JSON */
    }
    status().textContent = "refused (" + resp.status + "): " + detail;
    status().className = "error";
  }

  document.addEventListener("DOMContentLoaded", restore);
  document.addEventListener("submit", send);
})();
