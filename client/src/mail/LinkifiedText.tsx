import { For } from 'solid-js';

const url = /(https?:\/\/[^\s<>"']+)/g;

/**
 * A mail's plain text with its addresses as links (text only, never HTML from the database). They open in a
 * new tab so that the console stays where it is.
 */
export function LinkifiedText(props: { text: string }) {
  const parts = () => props.text.split(url);
  return (
    <p class="mail__text">
      <For each={parts()}>
        {(part, index) =>
          index() % 2 === 1 ? (
            <a href={part} target="_blank" rel="noopener noreferrer">
              {part}
              <span class="visually-hidden"> (nouvelle fenêtre)</span>
            </a>
          ) : (
            part
          )
        }
      </For>
    </p>
  );
}
