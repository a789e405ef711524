// A deal card message chosen now and said later, in the reader's language (strings in the one table).
import type { StringKey, StringParam } from '../i18n';

/** A deal card string key (see the table's deal card part). */
export type CardMessageKey = Extract<StringKey, `card${string}`>;

/** A card message to show later: its key and the parameters it names. */
export interface CardMessage {
  key: CardMessageKey;
  params?: Record<string, StringParam>;
}
