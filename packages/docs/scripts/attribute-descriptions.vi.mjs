// Vietnamese for the attribute reference, beside its generator (attribute-reference.mjs). The list of
// attributes comes from custom-elements.json, never from here: an attribute missing here is still shown,
// with its English description; an entry whose `key` no longer matches the English text (it changed) is
// shown in English until updated. `node scripts/attribute-reference.mjs` lists both cases with the keys.
// `default`: the Vietnamese of a default the manifest states in words; `example`: one line to copy.

/** Per element: a one-line summary and, per attribute, the translation, its key and an example line. */
export const VI = {
  'dti-gauge': {
    summary: { vi: 'Đồng hồ đo một chỉ số', en: 'A gauge for one score' },
    attributes: {
      value: {
        key: 'a92e4790',
        vi: 'Điểm cần hiện. Để trống hoặc không có: đồng hồ hiện “Chưa có số liệu”, không bao giờ hiện 0.',
        example: '<dti-gauge value="0.6961" min="0" max="1"></dti-gauge>',
      },
      min: {
        key: '1a54498d',
        vi: 'Đầu dưới của thang đo; mặc định 0.',
        example: '<dti-gauge value="69.6" min="0" max="100"></dti-gauge>',
      },
      max: {
        key: '0ed9e753',
        vi: 'Đầu trên của thang đo; mặc định 100 (1 với kết quả DTI).',
        default: '100 (1 với kết quả DTI)',
        example: '<dti-gauge value="0.6961" max="1"></dti-gauge>',
      },
      label: {
        key: '0562e918',
        vi: 'Điểm này nói về gì, ví dụ tên đơn vị.',
        example: '<dti-gauge value="0.6961" max="1" label="Bình quân cấp tỉnh 2024"></dti-gauge>',
      },
      unit: {
        key: '27dcd423',
        vi: 'Đơn vị hiện sau con số, ví dụ `%`.',
        example: '<dti-gauge value="87.5" unit="%"></dti-gauge>',
      },
      target: {
        key: '121dc287',
        vi: 'Giá trị mục tiêu, đánh dấu trên vòng cung.',
        example: '<dti-gauge value="0.6961" max="1" target="0.8"></dti-gauge>',
      },
      previous: {
        key: '6b2b5bf3',
        vi: 'Giá trị kỳ trước: một vạch đánh dấu và mức tăng, giảm.',
        example: '<dti-gauge value="0.6961" max="1" previous="0.6783"></dti-gauge>',
      },
      variant: {
        key: 'd292c403',
        vi: '`semicircle` (nửa vòng, mặc định) hoặc `circle` (cả vòng).',
        example: '<dti-gauge value="0.6961" max="1" variant="circle"></dti-gauge>',
      },
      precision: {
        key: '33ed5c6b',
        vi: 'Số chữ số thập phân, từ 0 đến 6 (giá trị khác được đưa về khoảng này, kèm cảnh báo trong console); mặc định: độ chính xác của kết quả, nếu không thì tối đa 2.',
        default: 'độ chính xác của kết quả, nếu không thì tối đa 2',
        example: '<dti-gauge value="0.6961" max="1" precision="4"></dti-gauge>',
      },
      locale: {
        key: '1c69c064',
        vi: '`vi` hoặc `en`; mặc định theo `lang` của trang, nếu không có thì tiếng Việt.',
        default: 'theo `lang` của trang, nếu không có thì tiếng Việt',
        example: '<dti-gauge value="0.6961" max="1" locale="en"></dti-gauge>',
      },
      theme: {
        key: '45522b15',
        vi: '`light` (sáng, mặc định), `dark` (tối) hoặc `auto` (theo cài đặt của máy người đọc).',
        example: '<dti-gauge value="0.6961" max="1" theme="auto"></dti-gauge>',
      },
      bands: {
        key: '39ba016b',
        vi: 'Các khoảng xếp loại, viết dạng JSON: `[{"min": 0.65, "label": "Khá", "color": "#4d8f00"}]`; mặc định là các mức xếp loại của kết quả. Nội dung không phải danh sách như vậy cho hiện thông báo lỗi; màu không phải màu CSS bị bỏ qua, kèm cảnh báo trong console.',
        default: 'các mức xếp loại của kết quả',
        example: `<dti-gauge value="0.6961" max="1" bands='[{"min": 0.65, "label": "Khá", "color": "#4d8f00"}]'></dti-gauge>`,
      },
      src: {
        key: 'c5d62965',
        vi: 'Đường dẫn đến bảng điểm (tệp do `dti score --format json` ghi) để lấy điểm của đơn vị.',
        example: '<dti-gauge src="/files/ket-qua-2025.json" unit-id="xa-00002"></dti-gauge>',
      },
      'unit-id': {
        key: '11920ba8',
        vi: 'Mã của đơn vị cần hiện trong kết quả (hoặc trong tệp `src`).',
        example: '<dti-gauge src="/files/ket-qua-2025.json" unit-id="xa-00002"></dti-gauge>',
      },
    },
  },
  'dti-league-table': {
    summary: { vi: 'Bảng xếp hạng', en: 'A league table' },
    attributes: {
      src: {
        key: 'c95805b9',
        vi: 'Đường dẫn đến số liệu: bảng điểm hoặc bộ số liệu (.json), hoặc bảng tính (.csv, .xlsx) để chấm điểm.',
        example: '<dti-league-table src="/files/ket-qua-2025.json"></dti-league-table>',
      },
      framework: {
        key: '2ecd1c8a',
        vi: 'Mã một bộ chỉ số có sẵn (ví dụ `dti-province-2022`), hoặc đường dẫn đến tệp JSON của bộ chỉ số; cần khi `src` là bảng tính.',
        example:
          '<dti-league-table src="/files/so-lieu-2025.xlsx" framework="self-assessment-template"></dti-league-table>',
      },
      'previous-src': {
        key: '2990f3b3',
        vi: 'Đường dẫn đến bảng điểm hoặc số liệu kỳ trước, để hiện thứ hạng tăng, giảm.',
        example:
          '<dti-league-table src="/files/ket-qua-2025.json" previous-src="/files/ket-qua-2024.json"></dti-league-table>',
      },
      columns: {
        key: '754d647a',
        vi: 'Các cột cần hiện, cách nhau bằng dấu phẩy, theo thứ tự: `rank,name,value,national-rank,pillars,change,tier,coverage` (hạng, tên, điểm, hạng toàn quốc, các trụ cột, thay đổi, xếp loại, độ phủ số liệu). Mặc định: mọi cột có số liệu, trừ `coverage` (tỷ lệ chỉ số được báo cáo); `national-rank` chỉ hiện khi bảng xếp hạng trong một đơn vị cấp trên.',
        default: 'mọi cột có số liệu, trừ `coverage`',
        example:
          '<dti-league-table src="/files/ket-qua-2025.json" columns="rank,name,value,coverage"></dti-league-table>',
      },
      highlight: {
        key: 'e889aaa3',
        vi: 'Mã của đơn vị cần tô nổi.',
        example: '<dti-league-table src="/files/ket-qua-2025.json" highlight="xa-00002"></dti-league-table>',
      },
      parent: {
        key: '26eb975e',
        vi: 'Chỉ hiện các đơn vị thuộc đơn vị cấp trên này (ví dụ các xã của một tỉnh); người đọc có thể đổi.',
        example: '<dti-league-table src="/files/ket-qua-2025.json" parent="Hà Nội"></dti-league-table>',
      },
      'rank-within': {
        key: 'fe233418',
        vi: 'Cột hạng tính trong phạm vi nào khi bảng chỉ hiện một đơn vị cấp trên: `parent` (mặc định) xếp hạng các đơn vị trong đơn vị cấp trên đó, đơn vị tốt nhất là hạng 1, hạng trong toàn bộ bảng hiện ở cột “Hạng toàn quốc” bên cạnh; `all` giữ hạng trong toàn bộ bảng.',
        default: '`parent`',
        example:
          '<dti-league-table src="/files/ket-qua-2025.json" parent="Hà Nội" rank-within="parent"></dti-league-table>',
      },
      'page-size': {
        key: '226a46e8',
        vi: 'Số dòng mỗi trang; mặc định 25. `0` hiện tất cả các dòng.',
        example: '<dti-league-table src="/files/ket-qua-2025.json" page-size="0"></dti-league-table>',
      },
      sort: {
        key: '8c0ae711',
        vi: 'Cách sắp xếp ban đầu: `rank` (theo hạng, mặc định), `name`, `value`, `change`, `tier` hoặc `node:<mã trụ cột>`; thêm `-` phía trước để sắp giảm dần.',
        example: '<dti-league-table src="/files/ket-qua-2025.json" sort="name"></dti-league-table>',
      },
      locale: {
        key: '1c69c064',
        vi: '`vi` hoặc `en`; mặc định theo `lang` của trang, nếu không có thì tiếng Việt.',
        default: 'theo `lang` của trang, nếu không có thì tiếng Việt',
        example: '<dti-league-table src="/files/ket-qua-2025.json" locale="en"></dti-league-table>',
      },
      theme: {
        key: 'c6ee2b2a',
        vi: '`light` (sáng, mặc định), `dark` (tối) hoặc `auto` (theo cài đặt của máy người đọc).',
        example: '<dti-league-table src="/files/ket-qua-2025.json" theme="auto"></dti-league-table>',
      },
      caption: {
        key: 'ded41c63',
        vi: 'Tiêu đề của bảng; mặc định là tên bộ chỉ số.',
        default: 'tên bộ chỉ số',
        example: '<dti-league-table src="/files/ket-qua-2025.json" caption="Xếp hạng xã — Hà Nội"></dti-league-table>',
      },
      'trend-src': {
        key: 'd5b3f866',
        vi: 'Đường dẫn đến chuỗi điểm qua các năm (tệp JSON `dti-score-series`, như `<dti-trend src>` đọc) để thêm cột cuối “Xu hướng”: một đường nhỏ cho mỗi đơn vị qua các kỳ, kèm câu đọc cho trình đọc màn hình (“Chỉ số: 77,5 → 80,1, tăng 2,6”). `trend-measure="rank"` vẽ thứ hạng thay cho chỉ số. Chỉ tải khi dùng; bản dti-widgets.classic.js không có cột này.',
        example:
          '<dti-league-table src="/files/ket-qua-2025.json" trend-src="/files/chuoi-2021-2025.json"></dti-league-table>',
      },
      'trend-measure': {
        key: 'b60aeec6',
        vi: 'Cột “Xu hướng” vẽ gì: `value` (mặc định) là chỉ số; `rank` là thứ hạng, hạng 1 ở trên cùng. Dùng cùng `trend-src`.',
        default: '`value`',
        example:
          '<dti-league-table src="/files/ket-qua-2025.json" trend-src="/files/chuoi-2021-2025.json" trend-measure="rank"></dti-league-table>',
      },
    },
  },
  'dti-rank-interval': {
    summary: { vi: 'Khoảng thứ hạng (thứ hạng chắc chắn đến đâu)', en: 'Rank intervals (how sure a rank is)' },
    attributes: {
      src: {
        key: 'd86820ba',
        vi: 'Đường dẫn đến kết quả phân tích độ bất định, dạng JSON.',
        example: '<dti-rank-interval src="/files/khoang-hang-2025.json"></dti-rank-interval>',
      },
      limit: {
        key: '5a1b8b2e',
        vi: 'Chỉ hiện `limit` đơn vị đầu tiên theo thứ hạng chính thức; mặc định hiện tất cả.',
        default: 'tất cả',
        example: '<dti-rank-interval src="/files/khoang-hang-2025.json" limit="10"></dti-rank-interval>',
      },
      highlight: {
        key: 'e889aaa3',
        vi: 'Mã của đơn vị cần tô nổi.',
        example: '<dti-rank-interval src="/files/khoang-hang-2025.json" highlight="xa-00002"></dti-rank-interval>',
      },
      locale: {
        key: '1c69c064',
        vi: '`vi` hoặc `en`; mặc định theo `lang` của trang, nếu không có thì tiếng Việt.',
        default: 'theo `lang` của trang, nếu không có thì tiếng Việt',
        example: '<dti-rank-interval src="/files/khoang-hang-2025.json" locale="en"></dti-rank-interval>',
      },
      theme: {
        key: 'c6ee2b2a',
        vi: '`light` (sáng, mặc định), `dark` (tối) hoặc `auto` (theo cài đặt của máy người đọc).',
        example: '<dti-rank-interval src="/files/khoang-hang-2025.json" theme="auto"></dti-rank-interval>',
      },
    },
  },
};
