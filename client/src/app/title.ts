import { createEffect } from 'solid-js';

/** Sets the tab's title, which screen readers announce first on a page change. */
export function usePageTitle(title: () => string) {
  createEffect(() => {
    document.title = `${title()} – Portail Famille`;
  });
}
