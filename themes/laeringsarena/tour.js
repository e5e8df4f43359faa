// The omvisning (guided tour): a native <dialog> (focus kept inside, Escape closes) stepping through short texts.
// Progressive enhancement: without JavaScript the open buttons stay hidden and nothing else changes.
(function () {
    var dialog = document.getElementById('la-tour');
    if (!dialog || typeof dialog.showModal !== 'function') { return; }
    var steps = dialog.querySelectorAll('.la-tour-step');
    var progress = dialog.querySelector('.la-tour-progress');
    var prev = dialog.querySelector('[data-tour-prev]');
    var next = dialog.querySelector('[data-tour-next]');
    var finish = dialog.querySelector('[data-tour-finish]');
    var at = 0;

    function show(i) {
        at = Math.max(0, Math.min(i, steps.length - 1));
        steps.forEach(function (s, n) { s.hidden = n !== at; });
        progress.textContent = dialog.getAttribute('data-step-label')
            .replace('{0}', String(at + 1)).replace('{1}', String(steps.length));
        prev.disabled = at === 0;
        next.hidden = at === steps.length - 1;
        if (finish) { finish.hidden = at !== steps.length - 1; }
        var heading = steps[at].querySelector('h3');
        heading.setAttribute('tabindex', '-1');
        heading.focus();
    }

    document.querySelectorAll('[data-tour-open]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            dialog.showModal();
            show(0);
        });
    });
    prev.addEventListener('click', function () { show(at - 1); });
    next.addEventListener('click', function () { show(at + 1); });
    dialog.querySelectorAll('[data-tour-close]').forEach(function (button) {
        button.addEventListener('click', function () { dialog.close(); });
    });
})();
