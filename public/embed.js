/* Simulateur de l'aide au contrat de professionnalisation (Région Pays de la Loire) : loader.
   <script src="https://…/embed.js" data-certification="RNCP37443" async></script>
   inserts the simulator right there in an iframe, and sizes it from the messages that iframe
   sends: { source: 'aide-contrat-pro', kind: 'resize-height', value: <px> }. It tells the iframe
   which part of it is on the visitor's screen, { source: 'aide-contrat-pro', kind: 'visible-area',
   top, bottom } (px, frame coordinates), so that the estimate's summary stays in view on a phone. */
(function () {
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL(script.src);
  var params = new URLSearchParams({ integration: '1' });
  Object.keys(script.dataset).forEach(function (key) {
    // data-temps-plein → temps-plein: data attributes become deep-link parameters.
    params.set(
      key.replace(/[A-Z]/g, function (letter) {
        return '-' + letter.toLowerCase();
      }),
      script.dataset[key],
    );
  });
  var frame = document.createElement('iframe');
  frame.src = base.origin + base.pathname.replace(/embed\.js$/, '') + '?' + params;
  frame.title = "Simulateur de l'aide au contrat de professionnalisation (Région Pays de la Loire)";
  frame.loading = 'lazy';
  frame.style.cssText = 'display:block;width:100%;height:900px;border:0';
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener('message', function (event) {
    var data = event.data;
    // Only this iframe's window, from the simulator's origin, with the documented shape.
    if (event.source !== frame.contentWindow || event.origin !== base.origin) return;
    if (!data || data.source !== 'aide-contrat-pro' || data.kind !== 'resize-height') return;
    if (typeof data.value !== 'number' || !(data.value >= 0 && data.value <= 100000)) return;
    frame.style.height = Math.ceil(data.value) + 'px';
    loaded = true;
    tellVisibleArea();
  });
  var pending = false;
  // Until the simulator's page is loaded, the frame holds an empty page of the host's origin:
  // a message posted then would be refused (and warned about) by the browser.
  var loaded = false;
  function tellVisibleArea() {
    if (pending || !loaded) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      if (!frame.contentWindow) return;
      var box = frame.getBoundingClientRect();
      var top = Math.max(0, -box.top);
      var bottom = Math.max(top, Math.min(box.height, window.innerHeight - box.top));
      frame.contentWindow.postMessage(
        { source: 'aide-contrat-pro', kind: 'visible-area', top: top, bottom: bottom },
        base.origin,
      );
    });
  }
  window.addEventListener('scroll', tellVisibleArea, { passive: true });
  window.addEventListener('resize', tellVisibleArea);
  frame.addEventListener('load', function () {
    loaded = true;
    tellVisibleArea();
  });
})();
