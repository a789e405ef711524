// HtmlService: HtmlOutput objects and templates with <?= ?>, <?!= ?> and <? ?> scriptlets.

import { escapeHtml } from '../../src/core/html';
import type { ServiceEnv } from '../runtime';
import { metered } from './metered';

export const SandboxMode = { EMULATED: 'EMULATED', IFRAME: 'IFRAME', NATIVE: 'NATIVE' } as const;
export const XFrameOptionsMode = { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' } as const;

export { escapeHtml };

/** An HtmlOutput's state, readable without going through the metered object. */
export interface HtmlOutputState {
  content: string;
  title: string;
  width: number;
  height: number;
  sandboxMode: string;
  xFrameOptionsMode: string;
  metaTags: { name: string; content: string }[];
  faviconUrl?: string;
}

/** Symbol under which an HtmlOutput exposes its state (for SpreadsheetApp's Ui to read). */
export const HTML_STATE = Symbol('HtmlOutputState');

/** The HtmlOutput state behind an object from createHtmlOutput, or undefined for anything else. */
export function htmlOutputState(output: unknown): HtmlOutputState | undefined {
  return (output as { [HTML_STATE]?: HtmlOutputState } | null)?.[HTML_STATE];
}

function createHtmlOutput(env: ServiceEnv, html = '') {
  const state: HtmlOutputState = {
    content: String(html),
    title: '',
    width: 300,
    height: 200,
    sandboxMode: SandboxMode.IFRAME,
    xFrameOptionsMode: XFrameOptionsMode.DEFAULT,
    metaTags: [],
  };
  const output = {
    [HTML_STATE]: state,
    getContent: () => state.content,
    setContent(content: string) {
      state.content = String(content);
      return this;
    },
    append(addedContent: string) {
      state.content += String(addedContent);
      return this;
    },
    /** Escaped, so user data cannot inject markup. */
    appendUntrusted(addedContent: string) {
      state.content += escapeHtml(addedContent);
      return this;
    },
    clear() {
      state.content = '';
      return this;
    },
    getTitle: () => state.title,
    setTitle(title: string) {
      state.title = String(title);
      return this;
    },
    getWidth: () => state.width,
    setWidth(width: number) {
      state.width = Number(width);
      return this;
    },
    getHeight: () => state.height,
    setHeight(height: number) {
      state.height = Number(height);
      return this;
    },
    setSandboxMode(mode: string) {
      state.sandboxMode = String(mode);
      return this;
    },
    setXFrameOptionsMode(mode: string) {
      state.xFrameOptionsMode = String(mode);
      return this;
    },
    addMetaTag(name: string, content: string) {
      state.metaTags.push({ name: String(name), content: String(content) });
      return this;
    },
    getMetaTags: () => state.metaTags.map((t) => ({ ...t })),
    setFaviconUrl(url: string) {
      state.faviconUrl = String(url);
      return this;
    },
    getFaviconUrl: () => state.faviconUrl ?? null,
  };
  return metered(env, 'HtmlOutput', output);
}

/** The HtmlOutput object HtmlService hands out. */
export type EmulatedHtmlOutput = ReturnType<typeof createHtmlOutput>;

/**
 * Compiles a template to the body of a function of (data, output, escape): literal text is
 * appended, `<?= e ?>` appends escape(e), `<?!= e ?>` appends e, `<? code ?>` runs as is.
 * Template properties are in scope as variables (through `with`, as Apps Script's own compiler does).
 */
export function compileTemplate(source: string): string {
  let code = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('<?', i);
    if (open === -1) {
      code += `output.append(${JSON.stringify(source.slice(i))});\n`;
      break;
    }
    if (open > i) code += `output.append(${JSON.stringify(source.slice(i, open))});\n`;
    const close = source.indexOf('?>', open + 2);
    if (close === -1) throw new Error('Unterminated scriptlet: missing ?>');
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!=')) code += `output.append(__raw(${inner.slice(2)}));\n`;
    else if (inner.startsWith('=')) code += `output.append(__escape(${inner.slice(1)}));\n`;
    else code += `${inner}\n`;
    i = close + 2;
  }
  return code;
}

function renderTemplate(source: string, data: Record<string, unknown>, scope: object): string {
  const body = compileTemplate(source);
  let html = '';
  const output = {
    append: (s: unknown) => {
      html += String(s ?? '');
      return output;
    },
    appendUntrusted: (s: unknown) => {
      html += escapeHtml(s);
      return output;
    },
    getContent: () => html,
  };
  const raw = (v: unknown) => (v === undefined || v === null ? '' : String(v));
  // Sloppy-mode function so `with` works; only the template's own code runs in it. Template
  // properties shadow the script's globals (so `<?!= include('x') ?>` reaches the script's include).
  const run = new Function(
    '__scope',
    '__data',
    'output',
    '__escape',
    '__raw',
    `with (__scope) { with (__data) {\n${body}} }`,
  );
  run(scope, data, output, (v: unknown) => escapeHtml(raw(v)), raw);
  return html;
}

function createTemplate(env: ServiceEnv, source: string, scope: () => object) {
  const template: Record<string, unknown> = {
    evaluate() {
      const data: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(template)) {
        if (!TEMPLATE_METHODS.has(k)) data[k] = v;
      }
      return createHtmlOutput(env, renderTemplate(source, data, scope()));
    },
    getCode: () => compileTemplate(source),
    getRawContent: () => source,
  };
  // Metered methods, but any other property is template data the script may set and read back.
  const methods = metered(env, 'HtmlTemplate', {
    evaluate: template.evaluate as () => EmulatedHtmlOutput,
    getCode: template.getCode as () => string,
    getRawContent: template.getRawContent as () => string,
  });
  return new Proxy(template, {
    get(obj, prop, receiver) {
      if (typeof prop === 'string' && TEMPLATE_METHODS.has(prop))
        return (methods as Record<string, unknown>)[prop];
      return Reflect.get(obj, prop, receiver);
    },
  }) as Record<string, unknown> & typeof methods;
}

const TEMPLATE_METHODS = new Set(['evaluate', 'getCode', 'getRawContent']);

/**
 * HtmlService. `files` maps project HTML file names (without .html) to their source for
 * createHtmlOutputFromFile / createTemplateFromFile; `scope` gives the script's global object,
 * whose functions scriptlets may call as in Apps Script.
 */
export function createHtmlService(
  env: ServiceEnv,
  files: Record<string, string> = {},
  scope: () => object = () => ({}),
) {
  const file = (name: string): string => {
    const key = String(name).replace(/\.html$/, '');
    const source = files[key];
    if (source === undefined) throw new Error(`No HTML file named ${key} was found.`);
    return source;
  };
  return metered(env, 'HtmlService', {
    SandboxMode,
    XFrameOptionsMode,
    createHtmlOutput: (html?: string) => createHtmlOutput(env, html ?? ''),
    createHtmlOutputFromFile: (filename: string) => createHtmlOutput(env, file(filename)),
    createTemplate: (html: string) => createTemplate(env, String(html), scope),
    createTemplateFromFile: (filename: string) => createTemplate(env, file(filename), scope),
  });
}

/** The HtmlService object createHtmlService returns. */
export type EmulatedHtmlService = ReturnType<typeof createHtmlService>;
