// A minimal SCORM 2004 SCO for the platform's tests: finds API_1484_11 by walking window.parent, initialises, shows
// where it starts from, and on "Fullfør" sets completion, success, score, location and suspend data, commits and
// terminates with exit=suspend.
(function () {
    "use strict";

    function findApi(win) {
        var tries = 0;
        while (win.API_1484_11 == null && win.parent != null && win.parent !== win && tries < 10) {
            tries++;
            win = win.parent;
        }
        return win.API_1484_11;
    }

    function show(id, text) {
        document.getElementById(id).textContent = text;
    }

    var api = findApi(window);
    if (!api) {
        show("sco-state", "Fant ikke SCORM 2004-API-et");
        return;
    }
    if (api.Initialize("") !== "true") {
        show("sco-state", "Initialize feilet: " + api.GetLastError());
        return;
    }
    show("entry", api.GetValue("cmi.entry"));
    var location = api.GetValue("cmi.location");
    show("location", api.GetLastError() === "403" ? "(ingen)" : location);
    show("suspend-data", api.GetValue("cmi.suspend_data"));
    show("launch-data", api.GetValue("cmi.launch_data"));
    api.SetValue("cmi.completion_status", "incomplete");
    show("sco-state", "Klar");

    document.getElementById("finish").addEventListener("click", function () {
        var ok = api.SetValue("cmi.location", "side-3") === "true"
            && api.SetValue("cmi.suspend_data", "sider=1,2,3") === "true"
            && api.SetValue("cmi.score.scaled", "0.9") === "true"
            && api.SetValue("cmi.score.raw", "90") === "true"
            && api.SetValue("cmi.score.min", "0") === "true"
            && api.SetValue("cmi.score.max", "100") === "true"
            && api.SetValue("cmi.completion_status", "completed") === "true"
            && api.SetValue("cmi.success_status", "passed") === "true"
            && api.SetValue("cmi.session_time", "PT1M30S") === "true"
            && api.SetValue("cmi.exit", "suspend") === "true";
        // a scaled score past 1 is refused with 407, and the SCO carries on
        var refused = api.SetValue("cmi.score.scaled", "1.5") === "false" && api.GetLastError() === "407";
        var committed = api.Commit("") === "true";
        var finished = api.Terminate("") === "true";
        show("sco-state", ok && refused && committed && finished ? "Ferdig" : "Feil: " + api.GetLastError());
    });
}());
