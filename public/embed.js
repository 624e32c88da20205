// Include once on a page that embeds Inner Mongolia Data Explorer panels:
//   <script src="https://<this site>/embed.js" async></script>
// Each embedded panel reports its height (postMessage); its iframe is resized to fit, so the
// panel is never cut off or scrolled inside its frame at any column width.
(function () {
  if (window.imdeEmbedResize) return;
  window.imdeEmbedResize = true;
  var origin = new URL(document.currentScript ? document.currentScript.src : location.href).origin;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== origin || !data || data.type !== 'imde:height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.querySelectorAll('iframe[data-imde-embed]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source)
        frames[i].style.height = Math.ceil(height) + 'px';
    }
  });
})();
