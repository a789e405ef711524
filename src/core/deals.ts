// A deal as the core sees it: typed fields read from one Deals row, independent of column order.
import type { Status } from './stages';

export interface Deal {
  /** 1-based sheet row the deal was read from (for links, notes and error messages). */
  row: number;
  dealId: string;
  name: string;
  company: string;
  owner: string;
  /** Stage label as written in the sheet. */
  stageText: string;
  /** Index into the configured stages, or -1 when the text matches no stage. */
  stage: number;
  status: Status;
  /** Amount; 0 when blank. NaN when the cell held text that is no number. */
  amount: number;
  /** Probability as a fraction 0..1, or undefined when blank (stage default applies). */
  probability: number | undefined;
  expectedClose: Date | undefined;
  created: Date | undefined;
  stageEntered: Date | undefined;
  lastActivity: Date | undefined;
  nextStep: string;
  snoozeUntil: Date | undefined;
  lostReason: string;
}
