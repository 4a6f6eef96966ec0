// The page's two kinds of failed request, shared by the worker bridge
// (compute.js), the run control (run-control.js) and every panel. An error
// is a value with a `kind` (protocol.js ERRORS), a `message` a person can
// act on and a `detail` (the browser's or the engine's own words): panels
// decide on the kind, never on the words.
import { ERRORS } from './protocol.js';

/** A run that did not finish because the person (or a restart) stopped it. */
export class CancelledError extends Error {
  constructor(reason) {
    super(reason);
    this.name = 'CancelledError';
    this.kind = ERRORS.cancelled;
    this.detail = '';
  }
}

/**
 * A request that failed in the engine. `kind` is one of ERRORS; `fatal`
 * means the worker had to be replaced. A failed start (kind 'start') also
 * says how far it got: `stage` is one of protocol.js STAGES (or 'timeout'),
 * `reached` the last stage the worker reported before that, and `cause` the
 * worker's words without the page's "could not start" sentence around them.
 */
export class ComputeError extends Error {
  constructor(message, { kind = ERRORS.refused, detail = '', fatal = false, stage = '', reached = '', cause = '' } = {}) {
    super(message);
    this.name = 'ComputeError';
    this.kind = kind;
    this.detail = detail;
    this.fatal = fatal;
    this.stage = stage;
    this.reached = reached;
    this.cause = cause || message;
  }

  /** The structured value, as it crosses the worker boundary and as tests read it. */
  toJSON() {
    return { kind: this.kind, message: this.message, detail: this.detail, ...(this.stage ? { stage: this.stage } : {}) };
  }
}

/**
 * Any thrown value as an ErrorValue `{ kind, message, detail }`: our errors
 * as they are; anything else is a fault of the page's own code, put in words
 * that say what to do, with the browser's words as its detail.
 */
export function errorValue(e) {
  if (e instanceof CancelledError || e instanceof ComputeError) return { kind: e.kind, message: e.message, detail: e.detail ?? '' };
  const words = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return { kind: ERRORS.page, message: 'Something went wrong in the page itself, not in the measurement. Reload the page; if it happens again, tell the site’s author.', detail: words };
}

/** An error in one line for a person: the message, with the detail in brackets where there is one. */
export const errorWords = (e) => {
  const { message, detail } = errorValue(e);
  return detail ? `${message} (${detail})` : message;
};
