/*
 * Document page, for editors: when words are selected in the document's text, their offsets in the text (as the
 * server counts them: highlight notes such as a date's value are not part of the text) and the words themselves
 * go into the hidden fields of the "Add a mention" form. The server checks the words against the text.
 */
(function () {
    'use strict';

    function textRoot() {
        return document.getElementById('doc:text');
    }

    function isNote(node) {
        var parent = node.parentElement;
        return parent !== null && parent.closest('small.note') !== null;
    }

    function offsetOf(root, node, offset) {
        if (node.nodeType !== Node.TEXT_NODE) {
            return -1;
        }
        var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, null);
        var count = 0;
        var current;
        while ((current = walker.nextNode()) !== null) {
            if (current === node) {
                return isNote(current) ? -1 : count + offset;
            }
            if (!isNote(current)) {
                count += current.nodeValue.length;
            }
        }
        return -1;
    }

    function set(id, value) {
        var field = document.getElementById(id);
        if (field !== null) {
            field.value = value;
        }
    }

    function remember() {
        var root = textRoot();
        var selection = window.getSelection();
        if (root === null || selection === null || selection.rangeCount === 0 || selection.isCollapsed) {
            return;
        }
        var range = selection.getRangeAt(0);
        if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
            return;
        }
        var words = selection.toString();
        if (words.trim().length === 0 || words.length > 500) {
            return;
        }
        var begin = offsetOf(root, range.startContainer, range.startOffset);
        var end = offsetOf(root, range.endContainer, range.endOffset);
        set('doc:selBegin', begin);
        set('doc:selEnd', end);
        set('doc:selText', words);
        var shown = document.getElementById('selectionShown');
        if (shown !== null) {
            shown.textContent = '\u201c' + words.trim() + '\u201d';
        }
    }

    document.addEventListener('mouseup', remember);
    document.addEventListener('keyup', function (event) {
        if (event.shiftKey) {
            remember();
        }
    });
}());
