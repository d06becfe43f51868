import type { LocalisedText } from '../schema/framework.js';

/** How far a preset can be trusted. */
export type PresetStatus = 'main-indices' | 'unverified' | 'template' | 'gap';

/** What the catalogue says about a preset, before loading it. */
export interface PresetInfo {
  id: string;
  label: LocalisedText;
  /**
   * `main-indices`: the official structure and points, scored from the published main-index values
   * (component indicators not public); `unverified`: official groups, indicators from third parties;
   * `template`: a starting point, not an official framework; `gap`: no preset, see `gap`.
   */
  status: PresetStatus;
  level: 'province' | 'commune' | 'district' | 'ministry' | 'any';
  /** The legal source, as cited. */
  source: string;
  /** What is missing, for `gap` and partial presets. */
  gap?: string;
}

/**
 * The presets shipped with DTI Kit, with their status and sources. Load one with `loadPreset(id)`.
 *
 * @example presets.filter((p) => p.status !== 'gap').map((p) => p.id)
 * // → ['dti-province-2022', 'service-index-766', 'self-assessment-template']
 */
export const presets: readonly PresetInfo[] = [
  {
    id: 'dti-province-2022',
    label: { vi: 'DTI cấp tỉnh (QĐ 922/QĐ-BTTTT)', en: 'Provincial DTI (Decision 922/QĐ-BTTTT)' },
    status: 'main-indices',
    level: 'province',
    source: 'Quyết định 922/QĐ-BTTTT ngày 20/5/2022, Phụ lục 1',
    gap: 'The 98 component indicators are not in the public text we could read: the preset scores from the 9 main indices.',
  },
  {
    id: 'service-index-766',
    label: {
      vi: 'Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)',
      en: 'Service index for citizens and businesses (Decision 766/QĐ-TTg)',
    },
    status: 'unverified',
    level: 'any',
    source: 'Quyết định 766/QĐ-TTg ngày 23/6/2022',
    gap: 'Group maxima are official; indicator points and thresholds come from third-party implementations.',
  },
  {
    id: 'self-assessment-template',
    label: { vi: 'Mẫu tự đánh giá cấp huyện, xã', en: 'District and commune self-assessment template' },
    status: 'template',
    level: 'commune',
    source: 'Modelled on provincial frameworks for local agencies (e.g. Kon Tum QĐ 780/QĐ-UBND) and 2024 reports',
  },
  {
    id: 'dti-province-2025',
    label: { vi: 'DTI cấp tỉnh (QĐ 405/QĐ-BKHCN)', en: 'Provincial DTI (Decision 405/QĐ-BKHCN)' },
    status: 'gap',
    level: 'province',
    source: 'Quyết định 405/QĐ-BKHCN ngày 03/4/2025',
    gap: 'Public reports give 8 main indices and 47 component indicators on 1000 points, but not the points of each main index: no preset until the appendix can be read.',
  },
];
