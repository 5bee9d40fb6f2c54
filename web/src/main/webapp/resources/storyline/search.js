// The search page's date histogram: a click on a bar follows the link of the same period in the table below it,
// which narrows the search to that month or year. The chart is drawn after the page loads, so wait for it.
(function () {
    'use strict';
    function wire() {
        var canvas = document.querySelector('.date-histogram canvas');
        if (!canvas) {
            return true;
        }
        var chart = window.Chart && window.Chart.getChart(canvas);
        if (!chart) {
            return false;
        }
        canvas.style.cursor = 'pointer';
        canvas.addEventListener('click', function (event) {
            var bars = chart.getElementsAtEventForMode(event, 'index', {intersect: false}, true);
            var links = document.querySelectorAll('#dateTable tbody a');
            if (bars.length && links[bars[0].index]) {
                window.location.href = links[bars[0].index].href;
            }
        });
        return true;
    }
    var tries = 0;
    var timer = window.setInterval(function () {
        if (wire() || ++tries > 100) {
            window.clearInterval(timer);
        }
    }, 100);
}());
