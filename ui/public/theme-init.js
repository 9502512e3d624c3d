// Applies the saved theme before the first paint, so a dark page never flashes light (a file, as the security policy allows no inline script).
(function () {
  var saved = localStorage.getItem('inventory.theme') || 'system';
  var dark = saved === 'dark' || (saved === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-bs-theme', dark ? 'dark' : 'light');
})();
