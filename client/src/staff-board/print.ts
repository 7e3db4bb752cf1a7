/**
 * Prints one list of the page: the others, and the portal's header, menus and footer, are left out by the
 * print stylesheet (board.css) while `data-print` is set on the document.
 */
export function printSection(section: HTMLElement | undefined) {
  if (!section) return;
  const root = document.documentElement;
  const done = () => {
    root.removeAttribute('data-print');
    section.removeAttribute('data-printing');
    window.removeEventListener('afterprint', done);
  };
  root.setAttribute('data-print', '');
  section.setAttribute('data-printing', '');
  window.addEventListener('afterprint', done);
  window.print();
  // Browsers that print asynchronously fire `afterprint`; the others return from print() when done.
  setTimeout(done, 1000);
}
