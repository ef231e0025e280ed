// Demo only (runs at the end of <body>, before the deferred widget module): applies ?lang=,
// ?theme= and ?naming= to the page and its widgets, so each language and theme can be opened (and
// screenshotted) by URL. Publishers set these as attributes.
(() => {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  const theme = params.get('theme');
  const naming = params.get('naming');
  if (theme && theme !== 'auto') document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll('kuril-timeline, kuril-claims, kuril-factbox')) {
    // The panels' language, not the page's: the article around them stays English (lang="en").
    if (lang) el.setAttribute('lang', lang);
    if (theme) el.setAttribute('theme', theme);
    if (naming) el.setAttribute('naming', naming);
  }
  const form = document.querySelector('.demo-controls');
  if (!form) return;
  for (const select of form.querySelectorAll('select')) {
    const value = params.get(select.name);
    if (value) select.value = value;
    select.addEventListener('change', () => {
      params.set(select.name, select.value);
      location.search = params.toString();
    });
  }
})();
