/*
 * Læringsarena's SCORM runtime for the player page (/kurs/scorm.xhtml). It offers the SCO window.API (SCORM 1.2)
 * or window.API_1484_11 (SCORM 2004), which the SCO finds by walking window.parent. Values live here during the
 * session, checked with the rules the server sends at launch (the same data model the server checks every value
 * with again); Commit, LMSFinish and Terminate send the SetValue calls made since the last commit to the server,
 * and the page going away sends what is left with navigator.sendBeacon.
 */
(function () {
    "use strict";

    var root = document.getElementById("scorm-player");
    if (!root) {
        return;
    }
    var statusLine = document.getElementById("scorm-status");
    var frame = document.getElementById("scorm-frame");
    var doneLink = document.getElementById("scorm-done");

    function text(name) {
        return root.getAttribute("data-msg-" + name) || "";
    }

    function say(message) {
        statusLine.textContent = message;
    }

    var launch = null;      // the server's launch answer
    var model = null;       // the data model's rules
    var values = {};        // element -> value
    var sent = [];          // SetValue calls sent but not yet confirmed (sent again if the page goes away)
    var pending = [];       // SetValue calls since the last commit
    var initialized = false;
    var terminated = false;
    var lastError = 0;
    var diagnostic = "";

    // --- the data model, as CmiDataModel.java ---

    function pattern(element) {
        return element.split(".").map(function (s) {
            return /^\d{1,6}$/.test(s) ? "n" : s;
        }).join(".");
    }

    function count(collection) {
        var prefix = collection + ".";
        var n = 0;
        Object.keys(values).forEach(function (key) {
            if (key.indexOf(prefix) === 0) {
                var index = key.substring(prefix.length).split(".")[0];
                if (/^\d{1,6}$/.test(index)) {
                    n = Math.max(n, parseInt(index, 10) + 1);
                }
            }
        });
        return n;
    }

    function Refusal(code, message) {
        this.code = code;
        this.message = message;
    }

    function known(element) {
        var p = pattern(element);
        if (model.elements[p] || model.children[p] !== undefined || model.collections.indexOf(p) >= 0) {
            return true;
        }
        return Object.keys(model.elements).some(function (k) {
            return k.indexOf(p + ".") === 0;
        });
    }

    function checkIndexes(element, setting) {
        var segments = element.split(".");
        var prefix = segments[0];
        for (var i = 1; i < segments.length; i++) {
            if (/^\d+$/.test(segments[i])) {
                var code = setting ? model.codes.badIndexSet : model.codes.badIndexGet;
                if (segments[i].length > 6 || (segments[i].length > 1 && segments[i].charAt(0) === "0")) {
                    throw new Refusal(code, segments[i] + " is not a valid index in " + element);
                }
                var index = parseInt(segments[i], 10);
                var n = count(prefix);
                var lastIndex = !segments.slice(i + 1).some(function (s) {
                    return /^\d+$/.test(s);
                });
                if (index > n || (index === n && !(setting && lastIndex))) {
                    throw new Refusal(code, prefix + " has " + n + " entries; index " + index + " is out of sequence");
                }
            }
            prefix += "." + segments[i];
        }
    }

    function withIndexes(required, element) {
        var indexes = element.split(".").filter(function (s) {
            return /^\d+$/.test(s);
        });
        var next = 0;
        return required.split(".").map(function (s) {
            return s === "n" && next < indexes.length ? indexes[next++] : s;
        }).join(".");
    }

    function check(type, value) {
        if (type.vocabulary.indexOf(value) >= 0) {
            return "NONE";
        }
        if (type.vocabulary.length > 0 && type.pattern === undefined) {
            return "TYPE";
        }
        if (type.pattern !== undefined && !new RegExp(type.pattern).test(value)) {
            return "TYPE";
        }
        if (type.maxLength > 0 && value.length > type.maxLength) {
            return "TOO_LONG";
        }
        if (type.min !== undefined || type.max !== undefined) {
            var d = Number(value);
            if (!isFinite(d) || value.trim() === "") {
                return "TYPE";
            }
            if ((type.min !== undefined && d < type.min) || (type.max !== undefined && d > type.max)) {
                return "RANGE";
            }
        }
        return "NONE";
    }

    function getValue(element) {
        var c = model.codes;
        if (!element) {
            throw new Refusal(c.badName, "GetValue needs the name of an element");
        }
        if (/\._children$/.test(element)) {
            var parent = element.substring(0, element.length - 10);
            var list = model.children[pattern(parent)];
            if (list !== undefined) {
                checkIndexes(parent, false);
                return list;
            }
            throw new Refusal(known(parent) ? c.noChildren : c.unknown, parent + " has no children");
        }
        if (/\._count$/.test(element)) {
            var collection = element.substring(0, element.length - 7);
            if (model.collections.indexOf(pattern(collection)) >= 0) {
                checkIndexes(collection, false);
                return String(count(collection));
            }
            throw new Refusal(known(collection) ? c.noCount : c.unknown, collection + " is not a collection");
        }
        var definition = model.elements[pattern(element)];
        if (!definition) {
            throw new Refusal(c.unknown, element + " is not an element of the SCORM " + model.version + " data model");
        }
        if (definition.access === "WRITE_ONLY") {
            throw new Refusal(c.writeOnly, element + " is write-only");
        }
        checkIndexes(element, false);
        if (!Object.prototype.hasOwnProperty.call(values, element)) {
            if (c.notInitialised !== 0) {
                throw new Refusal(c.notInitialised, element + " has no value yet");
            }
            return "";
        }
        return values[element];
    }

    function setValue(element, value) {
        var c = model.codes;
        if (!element) {
            throw new Refusal(c.badIndexSet, "SetValue needs the name of an element");
        }
        if (/\.(_children|_count|_version)$/.test(element)) {
            throw new Refusal(c.keyword, element + " is a keyword and cannot be set");
        }
        var definition = model.elements[pattern(element)];
        if (!definition) {
            throw new Refusal(c.unknown, element + " is not an element of the SCORM " + model.version + " data model");
        }
        if (definition.access === "READ_ONLY") {
            throw new Refusal(c.readOnly, element + " is read-only");
        }
        checkIndexes(element, true);
        if (definition.requires && !Object.prototype.hasOwnProperty.call(values, withIndexes(definition.requires, element))) {
            throw new Refusal(c.dependency, withIndexes(definition.requires, element) + " must be set before " + element);
        }
        switch (check(definition.type, value)) {
            case "TYPE":
                throw new Refusal(c.type, "'" + value.substring(0, 60) + "' is not a valid " + definition.type.name + " for " + element);
            case "TOO_LONG":
                throw new Refusal(c.tooLong, element + " keeps at most " + definition.type.maxLength + " characters");
            case "RANGE":
                throw new Refusal(c.range, value + " is out of range for " + element);
            default:
                values[element] = value;
                pending.push([element, value]);
        }
    }

    // --- talking to the server ---

    function commitUrl() {
        return root.getAttribute("data-commit") + encodeURIComponent(launch.session);
    }

    /** Sends the calls since the last commit; synchronous, so Commit can answer whether it worked. */
    function send(finish) {
        if (launch && launch.preview) {
            // a course holder's preview: the values live in this page only, nothing is recorded
            pending = [];
            return null;
        }
        var batch = sent.concat(pending);
        var body = JSON.stringify({values: batch, finish: finish});
        sent = batch;
        pending = [];
        var xhr = new XMLHttpRequest();
        try {
            xhr.open("POST", commitUrl(), false);
            xhr.setRequestHeader("Content-Type", "application/json");
            xhr.setRequestHeader("Accept", "application/json");
            xhr.send(body);
        } catch (e) {
            // synchronous requests are refused while the page is going away: the beacon carries it instead
            return beacon(finish) ? null : "the server could not be reached";
        }
        if (xhr.status === 200) {
            sent = [];
            var answer = JSON.parse(xhr.responseText);
            if (answer.lessonDone) {
                say(text("done"));
                if (doneLink) {
                    doneLink.hidden = false;
                }
            } else {
                say(text("saved"));
            }
            return null;
        }
        var message = "the server answered " + xhr.status;
        try {
            message = JSON.parse(xhr.responseText).message || message;
        } catch (ignored) {
            // not JSON
        }
        if (xhr.status === 400) {
            sent = [];    // refused values are never going to be accepted; do not send them again
        }
        say(text("failed"));
        return message;
    }

    function beacon(finish) {
        if (launch && launch.preview) {
            return true;
        }
        var batch = sent.concat(pending);
        if (!launch || (!finish && batch.length === 0)) {
            return true;
        }
        sent = [];
        pending = [];
        var body = new Blob([JSON.stringify({values: batch, finish: finish})], {type: "application/json"});
        return navigator.sendBeacon(commitUrl(), body);
    }

    window.addEventListener("pagehide", function () {
        if (initialized && !terminated) {
            terminated = true;
            beacon(true);
        }
    });

    // --- the APIs the SCO calls ---

    function ok(result) {
        lastError = 0;
        diagnostic = "";
        return result;
    }

    function fail(code, message, result) {
        lastError = code;
        diagnostic = message || "";
        return result;
    }

    function guarded(fn, result) {
        try {
            return ok(fn());
        } catch (e) {
            if (e instanceof Refusal) {
                return fail(e.code, e.message, result);
            }
            return fail(101, String(e), result);
        }
    }

    function errorString(code) {
        var t = model && model.errors[String(code)];
        return t === undefined ? "" : t;
    }

    function scorm12() {
        return {
            LMSInitialize: function (arg) {
                if (arg !== "" && arg !== undefined) {
                    return fail(201, "LMSInitialize takes \"\"", "false");
                }
                if (initialized || terminated) {
                    return fail(101, initialized ? "already initialised" : "already finished", "false");
                }
                initialized = true;
                say(text("running"));
                return ok("true");
            },
            LMSFinish: function (arg) {
                if (arg !== "" && arg !== undefined) {
                    return fail(201, "LMSFinish takes \"\"", "false");
                }
                if (!initialized || terminated) {
                    return fail(301, "not initialised", "false");
                }
                terminated = true;
                initialized = false;
                var problem = send(true);
                return problem ? fail(101, problem, "false") : ok("true");
            },
            LMSGetValue: function (element) {
                if (!initialized) {
                    return fail(301, "not initialised", "");
                }
                return guarded(function () {
                    return getValue(String(element));
                }, "");
            },
            LMSSetValue: function (element, value) {
                if (!initialized) {
                    return fail(301, "not initialised", "false");
                }
                return guarded(function () {
                    setValue(String(element), String(value));
                    return "true";
                }, "false");
            },
            LMSCommit: function (arg) {
                if (arg !== "" && arg !== undefined) {
                    return fail(201, "LMSCommit takes \"\"", "false");
                }
                if (!initialized) {
                    return fail(301, "not initialised", "false");
                }
                var problem = send(false);
                return problem ? fail(101, problem, "false") : ok("true");
            },
            LMSGetLastError: function () {
                return String(lastError);
            },
            LMSGetErrorString: function (code) {
                return errorString(code);
            },
            LMSGetDiagnostic: function (code) {
                return code === undefined || code === "" || String(code) === String(lastError) ? diagnostic : errorString(code);
            }
        };
    }

    function scorm2004() {
        return {
            Initialize: function (arg) {
                if (arg !== "") {
                    return fail(201, "Initialize takes \"\"", "false");
                }
                if (terminated) {
                    return fail(104, "the session has ended", "false");
                }
                if (initialized) {
                    return fail(103, "already initialised", "false");
                }
                initialized = true;
                say(text("running"));
                return ok("true");
            },
            Terminate: function (arg) {
                if (arg !== "") {
                    return fail(201, "Terminate takes \"\"", "false");
                }
                if (terminated) {
                    return fail(113, "already terminated", "false");
                }
                if (!initialized) {
                    return fail(112, "not initialised", "false");
                }
                terminated = true;
                var problem = send(true);
                return problem ? fail(111, problem, "false") : ok("true");
            },
            GetValue: function (element) {
                if (terminated) {
                    return fail(123, "terminated", "");
                }
                if (!initialized) {
                    return fail(122, "not initialised", "");
                }
                return guarded(function () {
                    return getValue(element === undefined || element === null ? "" : String(element));
                }, "");
            },
            SetValue: function (element, value) {
                if (terminated) {
                    return fail(133, "terminated", "false");
                }
                if (!initialized) {
                    return fail(132, "not initialised", "false");
                }
                return guarded(function () {
                    setValue(element === undefined || element === null ? "" : String(element), String(value));
                    return "true";
                }, "false");
            },
            Commit: function (arg) {
                if (arg !== "") {
                    return fail(201, "Commit takes \"\"", "false");
                }
                if (terminated) {
                    return fail(143, "terminated", "false");
                }
                if (!initialized) {
                    return fail(142, "not initialised", "false");
                }
                var problem = send(false);
                return problem ? fail(391, problem, "false") : ok("true");
            },
            GetLastError: function () {
                return String(lastError);
            },
            GetErrorString: function (code) {
                return errorString(code);
            },
            GetDiagnostic: function (code) {
                return code === undefined || code === "" || String(code) === String(lastError) ? diagnostic : errorString(code);
            }
        };
    }

    // --- launch ---

    var request = new XMLHttpRequest();
    request.open("POST", root.getAttribute("data-launch"));
    request.setRequestHeader("Accept", "application/json");
    request.onload = function () {
        if (request.status !== 200) {
            say(text("launch-failed"));
            return;
        }
        launch = JSON.parse(request.responseText);
        model = launch.model;
        values = launch.values;
        if (launch.api === "API") {
            window.API = scorm12();
        } else {
            window.API_1484_11 = scorm2004();
        }
        frame.src = launch.url;
        if (!launch.sco) {
            say(text("done"));
            if (doneLink) {
                doneLink.hidden = false;
            }
        } else {
            say(text("starting"));
        }
    };
    request.onerror = function () {
        say(text("launch-failed"));
    };
    request.send();
}());
