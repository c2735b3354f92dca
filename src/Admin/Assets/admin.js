// Small helps only; every page works without script.
(function () {
    "use strict";
    // Refuse an oversized file before a slow upload starts; the server checks again.
    var inputs = document.querySelectorAll("input[type=file][data-max-bytes]");
    for (var i = 0; i < inputs.length; i++) {
        inputs[i].addEventListener("change", function (e) {
            var input = e.target, max = parseInt(input.getAttribute("data-max-bytes"), 10);
            for (var j = 0; j < input.files.length; j++) {
                if (input.files[j].size > max) {
                    window.alert("文件 " + input.files[j].name + " 超过大小限制");
                    input.value = "";
                    return;
                }
            }
        });
    }
}());
(function () {
    "use strict";
    // Picking a canned reply puts its text in the box, where it can be adjusted before sending.
    var canned = document.getElementById("canned"), box = document.getElementById("reply-text");
    if (canned && box) {
        canned.addEventListener("change", function () {
            var option = canned.options[canned.selectedIndex];
            if (option && option.getAttribute("data-text")) {
                box.value = option.getAttribute("data-text");
            }
        });
    }
}());
(function () {
    "use strict";
    // The printables' 打印 button; without script the browser's own print does the same.
    var buttons = document.querySelectorAll("[data-print]");
    for (var i = 0; i < buttons.length; i++) {
        buttons[i].addEventListener("click", function () { window.print(); });
    }
}());
