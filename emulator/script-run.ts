// google.script.run for the add-on's dialogs and sidebars: the page-side API to inject into a browser
// page, and the server side that runs each call as one Apps Script execution in the emulator.
import type { Emulator } from './index';

/** What the page side hands the server side: a function name and its arguments as JSON. */
export type ScriptRunTransport = (name: string, argsJson: string) => Promise<string>;

/** The server's answer to one call, as JSON: the return value, or the error's message. */
type Answer = { ok: true; value: unknown } | { ok: false; message: string };

/** Names google.script.run offers: the script's top-level functions, except private ones (ending in _). */
export function publicFunctionNames(code: string): string[] {
  return [...code.matchAll(/^(?:async\s+)?function\s+([\w$]+)\s*\(/gm)]
    .map((m) => m[1])
    .filter((name) => !name.endsWith('_'));
}

/** Why a value cannot cross between page and script (Apps Script's rule), or undefined when it can. */
function prohibited(value: unknown, seen = new Set<unknown>()): string | undefined {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value))
    return undefined;
  if (typeof value === 'function') return 'a function';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'a Date';
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (seen.has(value)) return 'a circular reference';
  seen.add(value);
  for (const v of Object.values(value as object)) {
    const why = prohibited(v, seen);
    if (why) return why;
  }
  seen.delete(value);
  return undefined;
}

/**
 * Runs `name(...args)` as one execution (a person using the page: full authorization, dialogs
 * allowed) and answers as Apps Script does: the return value, or the thrown error's message. A
 * return value holding a Date or a function fails the call, as Apps Script refuses to send it.
 */
export function serveScriptRun(emu: Emulator, name: string, argsJson: string): string {
  const answer = ((): Answer => {
    if (!emu.scriptFunctions.includes(name) || name.endsWith('_'))
      return { ok: false, message: `Script function not found: ${name}` };
    try {
      const args = JSON.parse(argsJson) as unknown[];
      const value = emu.run(name, { mode: 'menu' }, ...args);
      const why = prohibited(value);
      if (why)
        return {
          ok: false,
          message: `${name} returned ${why}, which Apps Script does not send to the page.`,
        };
      return { ok: true, value: value === undefined ? null : value };
    } catch (e) {
      const err = e as { message?: unknown };
      return { ok: false, message: typeof err?.message === 'string' ? err.message : String(e) };
    }
  })();
  return JSON.stringify(answer);
}

/**
 * The page side, as a script to run before the page's own: `google.script.run` with
 * withSuccessHandler / withFailureHandler / withUserObject and one method per public script
 * function, and `google.script.host` (close, setHeight, setWidth, editor.focus). Calls go through
 * `window[transportName](name, argsJson)` and answer asynchronously, as in Apps Script. Arguments
 * follow Apps Script's rules: a form as the only argument is sent as its fields; a Date, a
 * function or a DOM node fails the call; undefined in arrays becomes null.
 */
export function googleScriptClient(
  functionNames: readonly string[],
  transportName: string,
): string {
  return `(() => {
  const names = ${JSON.stringify(functionNames)};
  const send = (...a) => window[${JSON.stringify(transportName)}](...a);
  const host = { closed: false, size: {} };
  function check(value) {
    if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) return;
    if (typeof value === 'function') throw new Error('Failed due to illegal value in property: a function');
    if (value instanceof Date) throw new Error('Failed due to illegal value in property: a Date');
    if (typeof Node !== 'undefined' && value instanceof Node) throw new Error('Failed due to illegal value in property: a DOM element');
    for (const v of Object.values(value)) check(v);
  }
  function formFields(form) {
    const out = {};
    for (const el of form.elements) if (el.name && !el.disabled) out[el.name] = el.value;
    return out;
  }
  function runner(success, failure, userObject) {
    const r = {
      withSuccessHandler: (f) => runner(f, failure, userObject),
      withFailureHandler: (f) => runner(success, f, userObject),
      withUserObject: (o) => runner(success, failure, o),
    };
    for (const name of names) {
      r[name] = (...args) => {
        const fail = (message) => setTimeout(() => {
          if (failure) failure(new Error(message), userObject);
          else console.error(message);
        });
        try {
          if (args.length === 1 && typeof HTMLFormElement !== 'undefined' && args[0] instanceof HTMLFormElement)
            args = [formFields(args[0])];
          check(args);
        } catch (e) { fail(e.message); return; }
        send(name, JSON.stringify(args)).then((json) => {
          const answer = JSON.parse(json);
          if (!answer.ok) fail(answer.message);
          else if (success) success(answer.value, userObject);
        }, (e) => fail(String(e && e.message || e)));
      };
    }
    return r;
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(undefined, undefined, undefined),
    host: {
      origin: 'https://docs.google.com',
      close: () => { host.closed = true; },
      setHeight: (h) => { host.size.height = h; },
      setWidth: (w) => { host.size.width = w; },
      editor: { focus: () => {} },
    },
  };
  window.__googleScriptHost = host;
})();`;
}
