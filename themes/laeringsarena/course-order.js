// Drag and drop of modules and lessons in the course editor (kursholder/kurs.xhtml). Dropping fills the hidden fields
// of the form and presses its hidden "drop" button; the server moves the item and checks the right to do it. The
// Opp/Ned buttons do the same from the keyboard, so nothing depends on this script.
(function () {
    var form = document.getElementById('modules-form');
    if (!form || !('draggable' in document.createElement('li'))) { return; }
    var kindField = document.getElementById('modules-form:drag-kind');
    var idField = document.getElementById('modules-form:drag-id');
    var toField = document.getElementById('modules-form:drag-to');
    var dropButton = document.getElementById('modules-form:drop');
    var dragged = null;

    function siblings(element) {
        var selector = element.hasAttribute('data-module-id') ? '[data-module-id]' : '[data-lesson-id]';
        return Array.prototype.filter.call(element.parentNode.children, function (e) { return e.matches(selector); });
    }

    function target(event) {
        var selector = dragged && dragged.hasAttribute('data-module-id') ? '[data-module-id]' : '[data-lesson-id]';
        var t = event.target.closest ? event.target.closest(selector) : null;
        return t && dragged && t.parentNode === dragged.parentNode ? t : null;
    }

    form.querySelectorAll('[data-module-id], [data-lesson-id]').forEach(function (item) {
        item.setAttribute('draggable', 'true');
        item.classList.add('la-draggable');
        item.addEventListener('dragstart', function (event) {
            event.stopPropagation();
            dragged = item;
            item.classList.add('la-dragging');
            if (event.dataTransfer) {
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', item.textContent.trim().slice(0, 80));
            }
        });
        item.addEventListener('dragend', function () {
            item.classList.remove('la-dragging');
        });
        item.addEventListener('dragover', function (event) {
            if (target(event)) {
                event.preventDefault();
                event.stopPropagation();
            }
        });
        item.addEventListener('drop', function (event) {
            var over = target(event);
            if (!over) { return; }
            event.preventDefault();
            event.stopPropagation();
            var to = siblings(over).indexOf(over);
            var from = siblings(dragged).indexOf(dragged);
            if (to === from) { return; }
            kindField.value = dragged.hasAttribute('data-module-id') ? 'module' : 'lesson';
            idField.value = dragged.getAttribute(dragged.hasAttribute('data-module-id') ? 'data-module-id' : 'data-lesson-id');
            toField.value = String(to);
            dragged = null;
            dropButton.click();
        });
    });
})();
