// Title suggestions while typing in the search box (progressive enhancement: the form works without this).
(function () {
    var input = document.getElementById('q');
    var list = document.getElementById('q-suggestions');
    if (!input || !list || !window.fetch) { return; }
    var api = input.getAttribute('data-suggest-url');
    var timer;
    input.addEventListener('input', function () {
        clearTimeout(timer);
        var text = input.value.trim();
        if (text.length < 2) { return; }
        timer = setTimeout(function () {
            fetch(api + '?q=' + encodeURIComponent(text), {headers: {'Accept': 'application/json'}})
                .then(function (r) { return r.ok ? r.json() : []; })
                .then(function (titles) {
                    list.textContent = '';
                    titles.forEach(function (t) {
                        var option = document.createElement('option');
                        option.value = t;
                        list.appendChild(option);
                    });
                })
                .catch(function () { /* suggestions are optional */ });
        }, 200);
    });
})();
