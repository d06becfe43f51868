import { labelIn, type ScoreTable, type ScoreTableUnit, type Tier } from '@dti-kit/core/present';
import { rankFields } from '../league-table/tie-rule.js';
import { type Locale, numberFormat, rankText } from '../shared/locale.js';
import { classOf, lightTextOn, tierColourOf, valueClasses } from './map-colour.js';
import { MAP_STRINGS } from './map-strings.js';
import { type Matched, matchUnitsAgain, type Region } from './match-units.js';

/** What the regions are coloured by: the unit's tier (default) or its value on a sequential scale. */
export type ColourBy = 'tier' | 'value';

/** A region as drawn: its unit (if any), fill, and the words of its tooltip and accessible name. */
export interface DrawnRegion {
  id: string;
  name: string;
  unit: ScoreTableUnit | undefined;
  /** Whether the region is drawn hatched as "no data": no unit, or a unit without a value. */
  missing: boolean;
  /** The fill colour; `undefined` for "no data", or a tier without a (drawable) colour: the theme's accent. */
  fill: string | undefined;
  /** Whether the label on the fill should be light; `undefined` for a colour that is not plain hex. */
  lightText: boolean | undefined;
  /** The value as the reader's locale writes it ("97,8"), or `undefined` without one. */
  value: string | undefined;
  /** "hạng 3/34", or `undefined` for an unranked unit. */
  rank: string | undefined;
  /** The tier's label in the reader's language. */
  tier: string | undefined;
  /** One line for screen readers: name, value, rank, tier (or "chưa có dữ liệu"). */
  said: string;
}

/**
 * One entry of the legend: a swatch (`undefined`: the "no data" hatch, or with `plain` the theme's
 * accent that regions without a tier colour are drawn in) and its words.
 */
export interface LegendEntry {
  colour: string | undefined;
  label: string;
  /** Whether the swatch is the theme's accent, as drawn for a tier without a colour or a unit without a tier. */
  plain?: boolean;
}

/** Everything the map draws, worked out without the DOM. */
export interface MapView {
  regions: DrawnRegion[];
  legend: LegendEntry[];
  /** Sentences under the map: units that could not be placed (and, for geo files, regions without a unit). */
  notices: string[];
  matched: Matched;
  /** What a unit without a value is said to be: "chưa có dữ liệu", or "không có trong số liệu công bố". */
  none: string;
}

/** Options of {@link mapView}. */
export interface MapViewOptions {
  colourBy: ColourBy;
  locale: Locale;
  /** Whether to list regions without a unit in a notice (for the editor's own geo file). */
  listEmptyRegions: boolean;
  /** The colour actually drawn for a tier colour (`drawnColour`); identity by default. */
  drawn?: (colour: string | undefined) => string | undefined;
}

function tierLabel(tiers: readonly Tier[], id: string | null, locale: Locale): string | undefined {
  const tier = id === null ? undefined : tiers.find((t) => t.id === id);
  return tier && labelIn(tier.label, locale);
}

/** `f` remembering its results by argument. */
function once<K, V>(f: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as V;
    const made = f(key);
    known.set(key, made);
    return made;
  };
}

/** What a region's words are made from, worked out once per view and only when words are first read. */
class Words {
  #fieldOf: Map<ScoreTableUnit, number | undefined> | undefined;
  readonly fmt: Intl.NumberFormat;
  readonly labelOf: (id: string | null) => string | undefined;
  readonly t: (typeof MAP_STRINGS)[Locale];

  constructor(
    readonly table: ScoreTable,
    readonly locale: Locale,
  ) {
    this.fmt = numberFormat(locale, table.framework.precision);
    this.labelOf = once((id: string | null) => tierLabel(table.framework.tiers, id, locale));
    this.t = MAP_STRINGS[locale];
    this.none = noneWord(table, locale);
  }

  /** What a unit without a value is said to be (see {@link noneWord}). */
  readonly none: string;

  /** Each unit's field by its peer group, as the scorecard counts it: never guessed from the ranks listed. */
  fieldOf(unit: ScoreTableUnit): number | undefined {
    if (!this.#fieldOf) {
      const { units } = this.table;
      const peer = units.map((u) => u.peerGroup?.normalize('NFC') ?? '');
      const fields = rankFields(this.table, peer);
      this.#fieldOf = new Map(units.map((u, i) => [u, fields.get(peer[i] as string)]));
    }
    return this.#fieldOf.get(unit);
  }
}

/**
 * A region as drawn. Its words (value, rank, tier, the line for screen readers) are made the first time
 * one is read: a map of thousands of communes re-coloured on every move of a what-if weight paints the
 * fills at once, and says the new words once the moves pause.
 */
class Drawn implements DrawnRegion {
  #words: { value: string | undefined; rank: string | undefined; tier: string | undefined; said: string } | undefined;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly unit: ScoreTableUnit | undefined,
    readonly missing: boolean,
    readonly fill: string | undefined,
    readonly lightText: boolean | undefined,
    private readonly words: Words,
  ) {}

  get value(): string | undefined {
    return this.#said().value;
  }
  get rank(): string | undefined {
    return this.#said().rank;
  }
  get tier(): string | undefined {
    return this.#said().tier;
  }
  get said(): string {
    return this.#said().said;
  }

  #said() {
    if (this.#words) return this.#words;
    const { unit, name, missing } = this;
    const { fmt, t } = this.words;
    const value = missing ? undefined : fmt.format(unit?.value as number);
    const field = unit && this.words.fieldOf(unit);
    const rank =
      unit?.rank == null
        ? undefined
        : t.rankOf(rankText(unit.rank, this.words.locale), field === undefined ? undefined : String(field));
    const tier = unit ? this.words.labelOf(unit.tier) : undefined;
    // A published table's unit may have a rank without a value (Thanh Hóa 5/34): the rank is still said.
    const said = [`${name}: ${missing ? this.words.none : value}`, rank, missing ? undefined : tier]
      .filter(Boolean)
      .join('; ');
    this.#words = { value, rank, tier, said };
    return this.#words;
  }
}

/**
 * The map's view of a score table on a set of regions: each region's unit, fill and words, the legend
 * and the notices. Units are placed by `matchUnits` (its matching reused while the units keep their
 * ids and names); regions without a unit, and units without a value, are drawn as "no data". A region's
 * words are made when first read.
 *
 * @example mapView(table, TILES_34, { colourBy: 'tier', locale: 'vi', listEmptyRegions: false }).regions[0].fill
 */
export function mapView(table: ScoreTable, regions: readonly Region[], options: MapViewOptions): MapView {
  const { locale, colourBy } = options;
  const drawn = options.drawn ?? ((c) => c);
  const tiers = table.framework.tiers;
  const matched = matchUnitsAgain(regions, table.units);
  const classes =
    colourBy === 'value'
      ? valueClasses([...matched.unitOf.values()].flatMap((u) => (u.value === null ? [] : [u.value])))
      : [];
  // A few tiers and colours shared by thousands of regions: each worked out once.
  const tierFill = once((id: string | null) => drawn(tierColourOf(tiers, id)));
  const lightOn = once(lightTextOn);
  const words = new Words(table, locale);
  const drawnRegions = regions.map((region): DrawnRegion => {
    const unit = matched.unitOf.get(region.id);
    const hasValue = unit !== undefined && unit.value !== null;
    const raw = !hasValue
      ? undefined
      : colourBy === 'value'
        ? classOf(classes, unit.value as number)?.colour
        : tierFill(unit.tier);
    const lightText = raw === undefined ? undefined : lightOn(raw);
    return new Drawn(region.id, unit?.name ?? region.name, unit, !hasValue, raw, lightText, words);
  });
  return {
    regions: drawnRegions,
    legend: legendOf(table, classes, drawnRegions, options),
    notices: noticesOf(matched, options),
    matched,
    none: words.none,
  };
}

/**
 * What a unit without a value is: "chưa có dữ liệu", or in a table of published results (`source:
 * 'published'`) "không có trong số liệu công bố", since the unit may well have been scored and ranked.
 *
 * @example noneWord({ ...table, source: 'published' }, 'en') // → 'not in the published data'
 */
export function noneWord(table: ScoreTable, locale: Locale): string {
  return table.source === 'published' ? MAP_STRINGS[locale].notPublished : MAP_STRINGS[locale].noData;
}

function legendOf(
  table: ScoreTable,
  classes: ReturnType<typeof valueClasses>,
  regions: readonly DrawnRegion[],
  { colourBy, locale, drawn }: MapViewOptions,
): LegendEntry[] {
  const fmt = numberFormat(locale, table.framework.precision);
  const entries: LegendEntry[] =
    colourBy === 'value'
      ? classes.map((c) => ({
          colour: c.colour,
          label: c.min === c.max ? fmt.format(c.min) : `${fmt.format(c.min)}–${fmt.format(c.max)}`,
        }))
      : [...table.framework.tiers]
          .sort((a, b) => b.min - a.min)
          .map((tier) => {
            const colour = (drawn ?? ((c) => c))(tier.color);
            const label = `${tierLabel([tier], tier.id, locale)} (≥ ${fmt.format(tier.min)})`;
            return colour === undefined ? { colour, label, plain: true } : { colour, label };
          });
  // A scored unit without a tier (published results, or a value below every tier) is drawn in the
  // accent: without this entry the reader would see coloured tiles the legend does not explain.
  if (colourBy === 'tier' && regions.some((r) => !r.missing && (r.unit?.tier ?? null) === null))
    entries.push({ colour: undefined, label: MAP_STRINGS[locale].noTier, plain: true });
  if (regions.some((r) => r.missing)) entries.push({ colour: undefined, label: noneWord(table, locale) });
  return entries;
}

function noticesOf(matched: Matched, { locale, listEmptyRegions }: MapViewOptions): string[] {
  const t = MAP_STRINGS[locale];
  const list = (names: string[]) => names.join('; ');
  const notices: string[] = [];
  if (matched.unitsWithoutRegion.length > 0)
    notices.push(t.noRegion(list(matched.unitsWithoutRegion.map((u) => u.name))));
  if (matched.unitsSharingRegion.length > 0)
    notices.push(
      t.sharedRegion(list(matched.unitsSharingRegion.map(({ unit, region }) => `${unit.name} (${region.name})`))),
    );
  if (listEmptyRegions && matched.regionsWithoutUnit.length > 0)
    notices.push(t.noUnit(list(matched.regionsWithoutUnit.map((r) => r.name))));
  return notices;
}
