// Loads scorm-runtime.js (argv[2]) with a fake DOM and XHR and plays SCO call sequences of both editions against
// the launch answers in argv[3]; prints "FAIL ..." and exits 1 on any unexpected answer. Run by ScormRuntimeScriptTest.
const fs = require("fs");
function run(version) {
  const launch = fs.readFileSync(process.argv[3] + "/launch-" + version + ".json", "utf8");
  const commits = [];
  const els = {};
  function el(id) { return els[id] || (els[id] = { id, textContent: "", hidden: true, src: "", attrs: {}, getAttribute(n) { return this.attrs[n] || null; } }); }
  const root = el("scorm-player");
  root.attrs = { "data-launch": "/api/scorm/launch?kurs=k&leksjon=l", "data-commit": "/api/scorm/sessions/", "data-msg-done": "Leksjonen er fullført.", "data-msg-saved": "Lagret", "data-msg-running": "I gang", "data-msg-starting": "Starter", "data-msg-failed": "Feil", "data-msg-launch-failed": "Kunne ikke starte" };
  const window = { addEventListener() {} };
  global.window = window;
  global.document = { getElementById: el };
  global.navigator = { sendBeacon(url, blob) { commits.push({ url, beacon: true }); return true; } };
  global.Blob = function (parts) { this.parts = parts; };
  global.XMLHttpRequest = function () {
    this.open = (m, u, async) => { this.url = u; this.async = async; };
    this.setRequestHeader = () => {};
    this.send = (body) => {
      if (this.url.includes("launch")) { this.status = 200; this.responseText = launch; setImmediate(() => this.onload()); return; }
      commits.push(JSON.parse(body));
      this.status = 200; this.responseText = JSON.stringify({ saved: true, lessonDone: true });
    };
  };
  eval(fs.readFileSync(process.argv[2], "utf8"));
  return new Promise((resolve) => setImmediate(() => resolve({ window, commits, els })));
}
function eq(a, b, what) { if (a !== b) { console.log("FAIL", what, JSON.stringify(a), "!=", JSON.stringify(b)); process.exitCode = 1; } else console.log("ok  ", what); }
(async () => {
  let { window, commits, els } = await run("SCORM_2004");
  const api = window.API_1484_11;
  eq(api.GetValue("cmi.entry"), "", "2004 get before init");
  eq(api.GetLastError(), "122", "2004 122");
  eq(api.Initialize(""), "true", "2004 init");
  eq(api.Initialize(""), "false", "init twice"); eq(api.GetLastError(), "103", "103");
  eq(api.GetValue("cmi.entry"), "ab-initio", "entry");
  eq(api.GetValue("cmi.location"), "", "location unset"); eq(api.GetLastError(), "403", "403");
  eq(api.GetValue("cmi.launch_data"), "kommune=test", "launch data");
  eq(api.SetValue("cmi.score.scaled", "1.5"), "false", "scaled out of range"); eq(api.GetLastError(), "407", "407");
  eq(api.GetErrorString("407"), "Data Model Element Value Out Of Range", "error string");
  eq(api.SetValue("cmi.completion_status", "passed"), "false", "type"); eq(api.GetLastError(), "406", "406");
  eq(api.SetValue("cmi.entry", "resume"), "false", "ro"); eq(api.GetLastError(), "404", "404");
  eq(api.GetValue("cmi.exit"), "", "wo"); eq(api.GetLastError(), "405", "405");
  eq(api.SetValue("cmi.interactions.0.type", "choice"), "false", "dep"); eq(api.GetLastError(), "408", "408");
  eq(api.SetValue("cmi.interactions.1.id", "x"), "false", "seq"); eq(api.GetLastError(), "351", "351");
  eq(api.SetValue("cmi.interactions.0.id", "urn:x:1"), "true", "interaction id");
  eq(api.SetValue("cmi.interactions.0.type", "choice"), "true", "interaction type");
  eq(api.GetValue("cmi.interactions._count"), "1", "count");
  eq(api.SetValue("cmi.session_time", "PT1M30S"), "true", "session time");
  eq(api.SetValue("cmi.session_time", "PT"), "false", "bad duration"); eq(api.GetLastError(), "406", "406 PT");
  eq(api.SetValue("cmi.interactions.0.timestamp", "2026-11-23T16:05:30.5+01:00"), "true", "timestamp");
  eq(api.SetValue("cmi.interactions.0.description", "{lang=nb}Hei"), "true", "localized");
  eq(api.SetValue("cmi.suspend_data", "x".repeat(64001)), "false", "spm"); eq(api.GetLastError(), "351", "351 spm");
  eq(api.SetValue("cmi.location", "side-3"), "true", "location");
  eq(api.GetValue("cmi.location"), "side-3", "location read");
  eq(api.GetValue("cmi.score._children"), "scaled,raw,min,max", "children");
  eq(api.GetValue("cmi.location._children"), "", "no children"); eq(api.GetLastError(), "301", "301");
  eq(api.GetValue("cmi.bogus"), "", "unknown"); eq(api.GetLastError(), "401", "401");
  eq(api.Commit(""), "true", "commit");
  eq(commits.length, 1, "one commit"); eq(commits[0].values.length, 6, "six values"); eq(commits[0].finish, false, "not finish");
  eq(api.Terminate(""), "true", "terminate");
  eq(commits[1].finish, true, "finish"); eq(commits[1].values.length, 0, "nothing pending");
  eq(api.Terminate(""), "false", "terminate twice"); eq(api.GetLastError(), "113", "113");
  eq(api.GetValue("cmi.location"), "", "after"); eq(api.GetLastError(), "123", "123");
  eq(els["scorm-status"].textContent, "Leksjonen er fullført.", "status");

  ({ window, commits, els } = await run("SCORM_12"));
  const a = window.API;
  eq(a.LMSGetValue("cmi.core.entry"), "", "1.2 before init"); eq(a.LMSGetLastError(), "301", "301");
  eq(a.LMSInitialize(""), "true", "init");
  eq(a.LMSGetValue("cmi.core.student_name"), "Deltaker, Dina", "name");
  eq(a.LMSGetValue("cmi.core.lesson_location"), "", "location"); eq(a.LMSGetLastError(), "0", "0");
  eq(a.LMSSetValue("cmi.core.score.raw", "mye"), "false", "405"); eq(a.LMSGetLastError(), "405", "405");
  eq(a.LMSSetValue("cmi.core.score.raw", "101"), "false", "range"); eq(a.LMSGetLastError(), "405", "405 r");
  eq(a.LMSSetValue("cmi.core._children", "x"), "false", "kw"); eq(a.LMSGetLastError(), "402", "402");
  eq(a.LMSSetValue("cmi.core.total_time", "0000:00:01"), "false", "ro"); eq(a.LMSGetLastError(), "403", "403");
  eq(a.LMSGetValue("cmi.core.exit"), "", "wo"); eq(a.LMSGetLastError(), "404", "404");
  eq(a.LMSGetValue("cmi.core.lesson_location._children"), "", "202"); eq(a.LMSGetLastError(), "202", "202");
  eq(a.LMSGetValue("cmi.core._count"), "", "203"); eq(a.LMSGetLastError(), "203", "203");
  eq(a.LMSSetValue("cmi.core.lesson_status", "not attempted"), "false", "na"); eq(a.LMSGetLastError(), "405", "405 na");
  eq(a.LMSSetValue("cmi.core.session_time", "0000:01:30.00"), "true", "session");
  eq(a.LMSSetValue("cmi.interactions.0.id", "q1\n"), "false", "newline id");
  eq(a.LMSSetValue("cmi.core.lesson_status", "completed"), "true", "status");
  eq(a.LMSGetDiagnostic(""), "", "diag");
  eq(a.LMSFinish(""), "true", "finish");
  eq(commits[0].finish, true, "finish sent"); eq(commits[0].values.length, 2, "two values");
  eq(a.LMSSetValue("cmi.core.lesson_status", "completed"), "false", "after finish"); eq(a.LMSGetLastError(), "301", "301 after");
})();
