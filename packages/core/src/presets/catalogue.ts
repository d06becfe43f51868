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
  /**
   * The legal source, as cited, in Vietnamese (the text's own title) and English; for a template, what it
   * is modelled on.
   */
  source: LocalisedText;
  /** What is missing, for `gap` and partial presets, in Vietnamese and English. */
  gap?: LocalisedText;
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
    source: {
      vi: 'Quyết định 922/QĐ-BTTTT ngày 20/5/2022, Phụ lục 1',
      en: 'Decision 922/QĐ-BTTTT of 20 May 2022, Appendix 1',
    },
    gap: {
      vi: '98 chỉ số thành phần không có trong văn bản công khai mà chúng tôi đọc được: bộ chỉ số có sẵn chấm điểm từ 9 chỉ số chính.',
      en: 'The 98 component indicators are not in the public text we could read: the preset scores from the 9 main indices.',
    },
  },
  {
    id: 'service-index-766',
    label: {
      vi: 'Chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)',
      en: 'Service index for citizens and businesses (Decision 766/QĐ-TTg)',
    },
    status: 'unverified',
    level: 'any',
    source: { vi: 'Quyết định 766/QĐ-TTg ngày 23/6/2022', en: 'Decision 766/QĐ-TTg of 23 June 2022' },
    gap: {
      vi: 'Điểm tối đa của các nhóm là chính thức; điểm và ngưỡng của từng chỉ số lấy từ các bản triển khai của bên thứ ba.',
      en: 'Group maxima are official; indicator points and thresholds come from third-party implementations.',
    },
  },
  {
    id: 'self-assessment-template',
    label: { vi: 'Mẫu tự đánh giá cấp huyện, xã', en: 'District and commune self-assessment template' },
    status: 'template',
    level: 'commune',
    source: {
      vi: 'Dựa trên bộ chỉ số của các tỉnh cho cơ quan địa phương (ví dụ Kon Tum, QĐ 780/QĐ-UBND) và các báo cáo năm 2024',
      en: 'Modelled on provincial frameworks for local agencies (e.g. Kon Tum QĐ 780/QĐ-UBND) and 2024 reports',
    },
  },
  {
    id: 'dti-province-2025',
    label: { vi: 'DTI cấp tỉnh (QĐ 405/QĐ-BKHCN)', en: 'Provincial DTI (Decision 405/QĐ-BKHCN)' },
    status: 'gap',
    level: 'province',
    source: { vi: 'Quyết định 405/QĐ-BKHCN ngày 03/4/2025', en: 'Decision 405/QĐ-BKHCN of 3 April 2025' },
    gap: {
      vi: 'Các báo cáo công khai nêu 8 chỉ số chính và 47 chỉ số thành phần trên thang 1000 điểm, nhưng không nêu điểm của từng chỉ số chính: chưa có bộ chỉ số có sẵn cho đến khi đọc được phụ lục.',
      en: 'Public reports give 8 main indices and 47 component indicators on 1000 points, but not the points of each main index: no preset until the appendix can be read.',
    },
  },
];
