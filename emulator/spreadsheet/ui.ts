// SpreadsheetApp.getUi(): menus, alerts, prompts and dialogs, recorded for tests.
// biome-ignore-all lint/complexity/noCommaOperator: API tables meter the call, then return its result: `(touch, value)`.
// biome-ignore-all lint/suspicious/noAssignInExpressions: setters in those tables assign and return the object.
import { strict } from '../runtime';
import { makeEnum } from './builders';
import { type MenuRecord, type SheetsContext, touch } from './context';

export const Button = makeEnum('Button', ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE']);
export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);

const UI_CONTEXT_ERROR = 'Cannot call SpreadsheetApp.getUi() from this context.';

/** HtmlOutput-like objects (from HtmlService) expose getContent/getTitle; plain strings are accepted too. */
function htmlOf(output: unknown): { html: string; title: string } {
  if (typeof output === 'string') return { html: output, title: '' };
  const o = output as { getContent?: () => string; getTitle?: () => string };
  if (typeof o?.getContent !== 'function') throw new Error('Invalid argument: userInterface');
  return { html: o.getContent(), title: typeof o.getTitle === 'function' ? o.getTitle() : '' };
}

/** Builds the Ui object. Dialogs need a user looking at the sheet: not in trigger executions. */
export function makeUi(ctx: SheetsContext): GoogleAppsScript.Base.Ui {
  const other = (m: string) => touch(ctx, 'other', `Ui.${m}`);
  const needsUser = () => {
    const mode = ctx.env.execution().mode;
    if (mode === 'installable-trigger' || mode === 'time-trigger' || mode === 'custom-function')
      throw new Error(UI_CONTEXT_ERROR);
  };
  /** Counts and records alert(prompt) or alert(title, prompt, buttons), and the prompt variants. */
  const recordDialog = (kind: 'alert' | 'prompt', args: unknown[]) => {
    other(kind);
    needsUser();
    const [title, prompt, buttons] =
      args.length >= 2 && typeof args[1] === 'string'
        ? [String(args[0]), args[1], args[2]]
        : [undefined, String(args[0]), args[1]];
    ctx.ui.uiAlerts.push({
      title,
      prompt,
      buttons: buttons === undefined ? undefined : String(buttons),
      kind,
      at: ctx.env.clock.now(),
    });
  };

  const menu = (record: MenuRecord, top: boolean): any => {
    let self: any;
    self = strict('Menu', {
      addItem: (caption: string, functionName: string) => {
        record.items.push({ caption: String(caption), functionName: String(functionName) });
        return self;
      },
      addSeparator: () => {
        record.items.push({ caption: '---', functionName: '' });
        return self;
      },
      addSubMenu: (sub: { __record?: MenuRecord }) => {
        if (!sub?.__record) throw new Error('Invalid argument: menu');
        record.subMenus.push(sub.__record);
        return self;
      },
      addToUi: () => {
        other('Menu.addToUi');
        if (!top) throw new Error('A submenu cannot be added to the UI on its own.');
        const i = ctx.ui.menus.findIndex(
          (m) => m.title === record.title && !!m.addon === !!record.addon,
        );
        if (i >= 0) ctx.ui.menus[i] = record;
        else ctx.ui.menus.push(record);
      },
      __record: record,
    });
    return self;
  };

  const dialog = (kind: 'modal' | 'modeless' | 'sidebar', output: unknown, title?: string) => {
    other(
      kind === 'sidebar'
        ? 'showSidebar'
        : kind === 'modal'
          ? 'showModalDialog'
          : 'showModelessDialog',
    );
    needsUser();
    const { html, title: own } = htmlOf(output);
    ctx.ui.dialogs.push({ title: title ?? own, html, kind, at: ctx.env.clock.now() });
  };

  const ui = {
    Button,
    ButtonSet,
    createMenu: (title: string) => (
      other('createMenu'), menu({ title: String(title), items: [], subMenus: [] }, true)
    ),
    createAddonMenu: () => (
      other('createAddonMenu'),
      menu(
        { title: ctx.projectName ?? 'Untitled project', addon: true, items: [], subMenus: [] },
        true,
      )
    ),
    alert: (...args: unknown[]) => {
      recordDialog('alert', args);
      return ctx.ui.uiResponses.shift()?.button ?? Button.OK;
    },
    prompt: (...args: unknown[]) => {
      recordDialog('prompt', args);
      const answer = ctx.ui.uiResponses.shift() ?? {};
      return strict('PromptResponse', {
        getResponseText: () => answer.text ?? '',
        getSelectedButton: () => answer.button ?? Button.OK,
      });
    },
    showModalDialog: (output: unknown, title: string) => dialog('modal', output, title),
    showModelessDialog: (output: unknown, title: string) => dialog('modeless', output, title),
    showSidebar: (output: unknown) => dialog('sidebar', output),
  };
  return strict('Ui', ui) as unknown as GoogleAppsScript.Base.Ui;
}

export { UI_CONTEXT_ERROR };
