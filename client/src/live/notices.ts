import { createSignal } from 'solid-js';

/** A short message about something that changed elsewhere (a decision by staff), with a way to see it. */
export type Notice = {
  /** One sentence per change, read in order. */
  lines: string[];
  link?: { href: string; label: string };
  /** «bad» when something was refused: the notice's edge says it too (besides the words). */
  tone?: 'good' | 'bad';
};

export type ShownNotice = Notice & { id: number };

/** How long a notice stays unless the pointer or the focus is on it (WCAG 2.2.1: it can be kept). */
export const NOTICE_MS = 10_000;
const MAX_SHOWN = 4;

/** The notices on screen, newest last; each leaves by itself after a while or with «Fermer». */
export function createNotices() {
  const [shown, setShown] = createSignal<ShownNotice[]>([]);
  let next = 0;
  return {
    shown,
    notify(notice: Notice) {
      const id = ++next;
      setShown((list) => [...list, { ...notice, id }].slice(-MAX_SHOWN));
      return id;
    },
    dismiss(id: number) {
      setShown((list) => list.filter((n) => n.id !== id));
    },
    clear() {
      setShown([]);
    },
  };
}

export type Notices = ReturnType<typeof createNotices>;
