// "用我的位置": the only thing on these pages that needs script. The browser gives WGS-84; the server converts it to GCJ-02 (coord=wgs84).
(function () {
  var button = document.querySelector('[data-locate]');
  var status = document.querySelector('[data-locate-status]');
  if (!button || !navigator.geolocation) { return; }
  button.hidden = false;
  button.addEventListener('click', function () {
    var form = button.form;
    status.textContent = '正在定位…';
    navigator.geolocation.getCurrentPosition(function (pos) {
      ['at', 'station', 'lng', 'lat', 'coord', 'page'].forEach(function (name) {
        form.querySelectorAll('[name="' + name + '"]').forEach(function (field) {
          if (field.type === 'hidden') { field.remove(); } else { field.value = ''; }
        });
      });
      [['lng', pos.coords.longitude.toFixed(6)], ['lat', pos.coords.latitude.toFixed(6)], ['coord', 'wgs84']].forEach(function (pair) {
        var input = document.createElement('input');
        input.type = 'hidden'; input.name = pair[0]; input.value = pair[1];
        form.appendChild(input);
      });
      form.submit();
    }, function () {
      status.textContent = '没能取到位置。请在上面填个地点，或选一个驿站。';
    }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
  });
}());
