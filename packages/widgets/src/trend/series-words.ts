import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../shared/locale.js';
import type { SeriesFault } from './series-check.js';

// The trend checks a series at once (series-check.ts) and loads the sentences only for a broken one.

type Sentence = (fault: SeriesFault, locale: Locale) => string;
let words: Sentence | undefined;
let loading: Promise<Sentence> | undefined;

/**
 * The sentence for a broken series, once the words have loaded (one request per page, on the first
 * broken series).
 *
 * @example throw new LoadError(await seriesMessage(fault, 'vi'));
 */
export function seriesMessage(fault: SeriesFault, locale: Locale): Promise<string> {
  loading ??= import('./series-sentence.js').then((m) => (words = m.seriesSentence));
  return loading.then((sentence) => sentence(fault, locale));
}

/**
 * The sentence for a broken series when the words are loaded; until then an empty string, and `host`
 * renders again once they arrive. The element shows its error state at once either way.
 *
 * @example return { error: seriesText(fault, locale, this) };
 */
export function seriesText(fault: SeriesFault, locale: Locale, host: ReactiveControllerHost): string {
  if (words) return words(fault, locale);
  void seriesMessage(fault, locale).then(() => host.requestUpdate());
  return '';
}
