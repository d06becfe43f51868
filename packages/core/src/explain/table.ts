import { setOwn } from '../keyed-by-id.js';
import { publisher } from '../publish/publisher.js';
import type { LocalisedText, Tier } from '../schema/framework.js';
import type { ScoreResult, TargetsMet, UnitStatus } from './result.js';

/** A node as a score table lists it. */
export interface ScoreTableNode {
  id: string;
  kind: 'group' | 'indicator';
  label: LocalisedText;
  /** Id of the parent node; `null` for the index. */
  parent: string | null;
  maxPoints: number;
}

/** One unit's row in a score table. */
export interface ScoreTableUnit {
  id: string;
  name: string;
  parent?: string | undefined;
  peerGroup?: string | undefined;
  status: UnitStatus;
  /** The index on the published scale, rounded. */
  value: number | null;
  rank: number | null;
  /** Id of the tier. */
  tier: string | null;
  coverage: number;
  imputed: number;
  targets: TargetsMet;
  /** Each listed node's published value and rank. */
  nodes: Record<string, { value: number | null; rank: number | null }>;
}

/**
 * A score result as plain JSON: what `dti score --format json` writes and the widgets read. Stable:
 * `format` changes only if a field changes meaning.
 */
export interface ScoreTable {
  kind: 'dti-score-table';
  format: 1;
  framework: {
    id: string;
    version: string;
    label: LocalisedText;
    scale: { min: number; max: number };
    precision?: number | undefined;
    tiers: Tier[];
  };
  period?: string | undefined;
  nodes: ScoreTableNode[];
  units: ScoreTableUnit[];
}

/**
 * Turns a score result into a {@link ScoreTable}: every unit with its value, rank and tier, and the
 * value and rank of each group (and, with `indicators: true`, of each indicator).
 *
 * @example JSON.stringify(scoreTable(score(framework, data)))
 */
export function scoreTable(result: ScoreResult, options: { indicators?: boolean } = {}): ScoreTable {
  const listed = result.nodes.filter((n) => n.kind === 'group' || options.indicators);
  const columns = listed.map((n) => ({
    id: n.id,
    scores: result.scores(n.id),
    ranks: result.ranks(n.id),
  }));
  const { framework } = result;
  const { publish } = publisher(framework);
  return {
    kind: 'dti-score-table',
    format: 1,
    framework: {
      id: framework.id,
      version: framework.version,
      label: framework.label,
      scale: framework.scale,
      precision: framework.precision,
      tiers: framework.tiers ?? [],
    },
    period: result.period,
    nodes: listed.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.node.label,
      parent: n.parent < 0 ? null : (result.nodes[n.parent]?.id ?? null),
      maxPoints: n.maxPoints,
    })),
    units: result.units.map((u) => {
      const nodes: ScoreTableUnit['nodes'] = {};
      for (const c of columns) {
        const s = c.scores[u.index] as number;
        const r = c.ranks[u.index] as number;
        setOwn(nodes, c.id, { value: Number.isNaN(s) ? null : publish(s), rank: Number.isNaN(r) ? null : r });
      }
      return {
        id: u.id,
        name: u.name,
        parent: u.parent,
        peerGroup: u.peerGroup,
        status: u.status,
        value: u.value,
        rank: u.rank,
        tier: u.tier?.id ?? null,
        coverage: u.coverage,
        imputed: u.imputed,
        targets: u.targets,
        nodes,
      };
    }),
  };
}
