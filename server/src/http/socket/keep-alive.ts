import type { WebSocket } from 'ws';

/**
 * tRPC's keep-alive as its client expects it: after `pingMs` without a message the server sends `PING`, and
 * closes the socket if nothing comes within `pongWaitMs`. One timer per socket, refreshed rather than
 * replaced on every message: this runs for each message of thousands of sockets.
 */
export class KeepAlive {
  readonly #socket: WebSocket;
  readonly #pingMs: number;
  readonly #pongWaitMs: number;
  #waiting = false;
  #timer: NodeJS.Timeout;

  constructor(socket: WebSocket, pingMs: number, pongWaitMs: number) {
    this.#socket = socket;
    this.#pingMs = pingMs;
    this.#pongWaitMs = pongWaitMs;
    this.#timer = setTimeout(this.#due, pingMs);
  }

  /** Any message shows the client is there. */
  heard(): void {
    if (!this.#waiting) {
      this.#timer.refresh();
      return;
    }
    this.#waiting = false;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(this.#due, this.#pingMs);
  }

  stop(): void {
    clearTimeout(this.#timer);
  }

  readonly #due = () => {
    if (this.#waiting) {
      this.#socket.terminate();
      return;
    }
    this.#socket.send('PING');
    this.#waiting = true;
    this.#timer = setTimeout(this.#due, this.#pongWaitMs);
  };
}
