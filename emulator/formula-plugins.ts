// Formula-engine plugins that make HyperFormula behave as Sheets: TODAY()/NOW() on the emulator
// clock, and MAX/MIN/MAXIFS/MINIFS over dates giving dates.
import { FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';

/** TODAY() and NOW() on a given clock; registered after the built-in plugins, so they replace theirs. */
export function clockPlugin(nowSerial: () => number): any {
  class ClockFunctions extends FunctionPlugin {
    today(ast: any, state: any) {
      return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
        Math.floor(nowSerial()),
      );
    }
    now(ast: any, state: any) {
      return this.runFunction(ast.args, state, this.metadata('NOW'), () => nowSerial());
    }
  }
  (ClockFunctions as any).implementedFunctions = {
    TODAY: {
      method: 'today',
      parameters: [],
      isVolatile: true,
      returnNumberType: 'NUMBER_DATE',
    },
    NOW: {
      method: 'now',
      parameters: [],
      isVolatile: true,
      returnNumberType: 'NUMBER_DATETIME',
    },
  };
  return ClockFunctions;
}

/**
 * MAX, MIN, MAXIFS and MINIFS over dates give a date in Sheets (the engine gives a plain number):
 * the built-ins, re-typed as a date when every number they looked at was a date. MAXIFS/MINIFS look
 * at their first range only.
 */
export function dateAggregatesPlugin(): any[] {
  const isDateValue = (x: unknown) => {
    const t = (x as { getDetailedType?: () => string })?.getDetailedType?.();
    return t === 'NUMBER_DATE' || t === 'NUMBER_DATETIME' ? t : undefined;
  };
  /** The date type all numbers of these values share, or undefined. */
  const sharedDateType = (values: unknown[]): string | undefined => {
    let type: string | undefined;
    for (const x of values) {
      if (typeof x === 'number') return undefined;
      const t = isDateValue(x);
      if (t === undefined) {
        if (typeof (x as { val?: unknown })?.val === 'number') return undefined;
        continue;
      }
      if (type === undefined || t === 'NUMBER_DATETIME') type = t;
    }
    return type;
  };
  const retype = (Base: any, names: Record<string, string>, firstOnly: boolean) => {
    class Typed extends Base {}
    const implemented: Record<string, object> = {};
    for (const [fn, method] of Object.entries(names)) {
      implemented[fn] = Base.implementedFunctions[fn];
      (Typed.prototype as any)[method] = function (this: any, ast: any, state: any) {
        const result = Base.prototype[method].call(this, ast, state);
        if (typeof result !== 'number') return result;
        const seen: unknown[] = [];
        for (const argAst of firstOnly ? ast.args.slice(0, 1) : ast.args) {
          const v = this.evaluateAst(argAst, state);
          if (v instanceof SimpleRangeValue) for (const row of v.rawData()) seen.push(...row);
          else seen.push(v);
        }
        const type = sharedDateType(seen);
        return type ? this.arithmeticHelper.ExtendedNumberFactory(result, { type }) : result;
      };
    }
    (Typed as any).implementedFunctions = implemented;
    (Typed as any).aliases = {};
    return Typed;
  };
  return [
    retype(HyperFormula.getFunctionPlugin('MAX'), { MAX: 'max', MIN: 'min' }, false),
    retype(HyperFormula.getFunctionPlugin('MAXIFS'), { MAXIFS: 'maxifs', MINIFS: 'minifs' }, true),
  ];
}
