import './ui.css';

/** A read that failed: what happened, in French, and a way to try again. */
export function ErrorNotice(props: { message: string; onRetry: () => void; busy?: boolean }) {
  return (
    <div class="notice notice--error" role="alert">
      <p>{props.message}</p>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => props.onRetry()}
        disabled={props.busy}
      >
        Réessayer
      </button>
    </div>
  );
}
