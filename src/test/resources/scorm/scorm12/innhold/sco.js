// A minimal SCORM 1.2 SCO for the platform's tests: finds the API the way ADL's sample code does, starts, shows
// where it starts from, and on "Fullfør" sets status, score, location and suspend data, commits and finishes.
(function () {
    "use strict";

    function findApi(win) {
        var tries = 0;
        while (win.API == null && win.parent != null && win.parent !== win && tries < 10) {
            tries++;
            win = win.parent;
        }
        return win.API;
    }

    function show(id, text) {
        document.getElementById(id).textContent = text;
    }

    var api = findApi(window);
    if (!api) {
        show("sco-state", "Fant ikke SCORM 1.2-API-et");
        return;
    }
    if (api.LMSInitialize("") !== "true") {
        show("sco-state", "LMSInitialize feilet: " + api.LMSGetLastError());
        return;
    }
    show("entry", api.LMSGetValue("cmi.core.entry"));
    show("location", api.LMSGetValue("cmi.core.lesson_location"));
    show("suspend-data", api.LMSGetValue("cmi.suspend_data"));
    show("launch-data", api.LMSGetValue("cmi.launch_data"));
    api.LMSSetValue("cmi.core.lesson_status", "incomplete");
    show("sco-state", "Klar");

    document.getElementById("finish").addEventListener("click", function () {
        var ok = api.LMSSetValue("cmi.core.lesson_location", "side-3") === "true"
            && api.LMSSetValue("cmi.suspend_data", "sider=1,2,3") === "true"
            && api.LMSSetValue("cmi.core.score.min", "0") === "true"
            && api.LMSSetValue("cmi.core.score.max", "100") === "true"
            && api.LMSSetValue("cmi.core.score.raw", "85") === "true"
            && api.LMSSetValue("cmi.core.lesson_status", "completed") === "true"
            && api.LMSSetValue("cmi.core.session_time", "0000:01:30.00") === "true"
            && api.LMSSetValue("cmi.core.exit", "suspend") === "true";
        // a value of the wrong type is refused with 405, and the SCO carries on
        var refused = api.LMSSetValue("cmi.core.score.raw", "mye") === "false" && api.LMSGetLastError() === "405";
        var committed = api.LMSCommit("") === "true";
        var finished = api.LMSFinish("") === "true";
        show("sco-state", ok && refused && committed && finished ? "Ferdig" : "Feil: " + api.LMSGetLastError());
    });
}());
