// What a portal editor finds in the download: a plain-text guide (Vietnamese, then English) and a page that
// works when opened from the disk. Both are built from the files actually in the zip.
import { embeddableJson } from '@dti-kit/core';

/**
 * The score table as JSON that can sit inside `<script type="application/json">`: `<` is written as
 * `\u003c` so the text can never close the script element, and each unit is on a line of its own so an
 * editor can find and change one.
 *
 * @example pastableJson({ kind: 'dti-score-table', units: [] })
 */
export function pastableJson(table) {
  const { units, ...head } = table;
  const headJson = embeddableJson(head).slice(0, -1);
  const lines = units.map((u) => `  ${embeddableJson(u)}`).join(',\n');
  return `${headJson},"units":[\n${lines}\n]}`;
}

/**
 * The example page of the download: a gauge and a league table, the data pasted in the page and the
 * classic script loaded by a relative path, so a double click on the file shows both without a server.
 *
 * @example examplePage(pastableJson(table))
 */
export function examplePage(json) {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ví dụ DTI Kit — mở trực tiếp từ máy</title>
<style>
  body { max-width: 60rem; margin: 1.5rem auto; padding: 0 1rem; font-family: system-ui, sans-serif; }
  dti-gauge { display: block; max-width: 16rem; }
</style>
</head>
<body>
<h1>Ví dụ DTI Kit</h1>
<p>Trang này chạy khi mở trực tiếp từ máy: số liệu được dán ngay trong trang.</p>

<dti-gauge value="0.6961" previous="0.6783" min="0" max="1" precision="4" label="Bình quân cấp tỉnh 2024"></dti-gauge>

<dti-league-table caption="Năm tỉnh dẫn đầu DTI">
<script type="application/json">
${json}
</script>
</dti-league-table>
<p>Năm tỉnh được tính lại từ giá trị tám chỉ số chính công bố (đã làm tròn 4 chữ số), nên TP. Hồ Chí Minh là 0,7164,
còn giá trị công bố là 0,7163; các giá trị khác và thứ hạng khớp với bảng công bố.</p>

<script src="dti-widgets.classic.js"></script>
</body>
</html>
`;
}

/** What each file of dist/cdn is for, in the guide's two languages. */
function roleOf(file) {
  if (file === 'dti-widgets.js')
    return { vi: 'tệp chính: dòng cần dán ở bước 3', en: 'the main file: the line in step 3' };
  if (file === 'dti-widgets.classic.js')
    return { vi: 'bản cho trang mở từ máy (bước 4)', en: 'for pages opened from the disk (step 4)' };
  if (file === 'dti-gauge.js') return { vi: 'chỉ đồng hồ đo, nhẹ hơn', en: 'the gauge alone, smaller' };
  if (file.startsWith('dti-gauge-'))
    return { vi: 'phần dti-gauge.js tự nạp khi cần', en: 'loaded by dti-gauge.js when needed' };
  return { vi: 'phần tệp chính tự nạp khi cần', en: 'loaded by the main file when needed' };
}

/**
 * The guide in the download, Vietnamese first, then English: which folder to upload, the line to paste,
 * a page that works from the disk. Lines end in CRLF and the text starts with a byte-order mark, so
 * Notepad on every Windows shows the diacritics.
 *
 * @example editorReadme({ version: '0.1.0', folder: 'dti-widgets-0.1.0', files: ['dti-widgets.js'], example: 'vi-du.html' })
 */
export function editorReadme({ version, folder, files, example }) {
  const width = Math.max(...files.map((f) => f.length)) + 2;
  const list = (lang) => files.map((f) => `     ${f.padEnd(width)}${roleOf(f)[lang]}`).join('\n');
  const text = `DTI KIT — WIDGET CHO CỔNG THÔNG TIN, PHIÊN BẢN ${version}
=====================================================

(English below.)

Gói này có mọi thứ để đăng bảng xếp hạng và đồng hồ đo chỉ số chuyển đổi số
(DTI) lên cổng thông tin. Không cần cài đặt, không cần lập trình.

1. XEM THỬ NGAY TRÊN MÁY
   Giải nén tệp zip, mở tệp ${example} bằng trình duyệt (nháy đúp).
   Trang hiện một đồng hồ đo và bảng xếp hạng năm tỉnh dẫn đầu DTI 2022.
   Dấu ◐ cạnh điểm: đơn vị được chấm khi chưa đủ số liệu. Ví dụ này không có
   dấu đó: chỉ số chính thứ 9 (Đô thị thông minh) không được công bố, nhưng
   bộ chỉ số năm 2022 tính nó 0 điểm.

2. TẢI LÊN CỔNG THÔNG TIN
   Tải cả thư mục ${folder} lên nơi cổng cho đặt tệp tĩnh
   (thư viện tệp, "tài nguyên", "assets"), giữ nguyên tên tệp, ví dụ:
       /assets/${folder}/
   Thư mục gồm:
${list('vi')}
   Các tệp phải nằm cùng một thư mục. Không cần tải lên tệp hướng dẫn này
   và tệp ${example}.

3. DÁN MỘT DÒNG VÀO TRANG (chế độ mã HTML của trình soạn thảo,
   hoặc một lần trong khuôn mẫu của cổng):

   <script type="module" src="/assets/${folder}/dti-widgets.js"></script>

   Rồi đặt widget ở chỗ muốn hiện:

   <dti-gauge value="0.6961" previous="0.6783" min="0" max="1" precision="4" label="Bình quân cấp tỉnh 2024"></dti-gauge>
   <dti-league-table src="/files/ket-qua-2025.json"></dti-league-table>

   Tệp ket-qua-2025.json do người quản lý số liệu tạo bằng lệnh
   dti score … --format json. Bảng tính .xlsx, .csv cũng dùng được:
   <dti-league-table src="/files/so-lieu-2025.xlsx" framework="self-assessment-template"></dti-league-table>
   Tệp số liệu phải nằm trên cùng tên miền với trang.

   Không có lệnh dti? Mở trang “Thử nghiệm” của trang tài liệu DTI Kit:
   thả tệp bảng tính vào, chọn bộ chỉ số, xem bảng, rồi bấm “Chép đoạn mã”
   (số liệu dán sẵn trong đoạn mã) hoặc tải tệp .json để đưa lên cổng.

   Chỉ xếp hạng các xã của một tỉnh: thêm parent="Hà Nội". Cột Hạng khi
   đó tính trong Hà Nội, cột “Hạng toàn quốc” bên cạnh giữ hạng chung:
   <dti-league-table src="/files/ket-qua-2025.json" parent="Hà Nội"></dti-league-table>

4. TRANG MỞ TỪ MÁY (file://), KHÔNG CÓ MÁY CHỦ
   Trình duyệt không chạy script dạng module từ ổ đĩa: dùng
   dti-widgets.classic.js với thẻ script thường, và dán số liệu ngay trong
   thẻ dti-league-table. Trang nhỏ nhất chạy được (xem ${example}):

   <!doctype html>
   <html lang="vi">
   <meta charset="utf-8">
   <dti-league-table>
   <script type="application/json">{ "kind": "dti-score-table", … }</script>
   </dti-league-table>
   <script src="dti-widgets.classic.js"></script>
   </html>

   Số liệu dán vào không được chứa chuỗi </script>: tệp do lệnh dti ghi
   ra đã viết dấu < thành \\u003c nên luôn an toàn.

5. LỖI THƯỜNG GẶP
   - Trình soạn thảo trực quan xóa thẻ <dti-…> hoặc <script>: dán trong
     chế độ mã HTML, hoặc đưa thẻ <script> vào khuôn mẫu của cổng.
   - Trình soạn thảo đổi dấu " thành “ ”: gõ lại dấu nháy thẳng.
   - Bảng đứng ở "Đang tải số liệu…": kiểm tra đường dẫn của src và của
     dti-widgets.js (mở đường dẫn đó trong trình duyệt phải thấy tệp).

Mọi thuộc tính của từng widget, có ví dụ: trang “Nhúng vào cổng thông tin”
của tài liệu DTI Kit, mục “Thuộc tính của từng widget”.


DTI KIT — PORTAL WIDGETS, VERSION ${version}
=========================================

Everything needed to show DTI league tables and gauges on a web portal.
No installation, no programming.

1. TRY IT ON YOUR COMPUTER
   Unzip, then open ${example} in a browser (double click). It shows a
   gauge and the league table of the five leading provinces of DTI 2022.
   ◐ next to a score: the unit was scored on partial data. This example has
   none: the 9th main index (smart city) was not published, but the 2022
   framework gives it 0 points.

2. UPLOAD TO THE PORTAL
   Upload the whole folder ${folder} to where the portal keeps static
   files ("assets", file library), keeping the file names, e.g.
       /assets/${folder}/
   The folder holds:
${list('en')}
   The files must stay in one folder. This guide and ${example} need
   not be uploaded.

3. PASTE ONE LINE INTO THE PAGE (the editor's HTML mode, or once in the
   portal's template):

   <script type="module" src="/assets/${folder}/dti-widgets.js"></script>

   Then place a widget where it should appear:

   <dti-gauge value="0.6961" previous="0.6783" min="0" max="1" precision="4" label="Provincial average 2024" lang="en"></dti-gauge>
   <dti-league-table src="/files/results-2025.json" lang="en"></dti-league-table>

   results-2025.json comes from dti score … --format json; .xlsx and .csv spreadsheets work too, with
   framework="self-assessment-template". Data files must be on the same
   domain as the page.

   No dti command? Open the "Playground" page of the DTI Kit documentation
   site: drop the spreadsheet, pick the framework, check the table, then
   "Copy snippet" (the data pasted in it) or download the .json to upload.

   To rank the communes of one province only, add parent="Hà Nội": the
   Rank column then counts within Hà Nội and a "National rank" column
   keeps the overall rank.

4. A PAGE OPENED FROM THE DISK (file://), NO SERVER
   Browsers do not run module scripts from the disk: use
   dti-widgets.classic.js with a plain script tag and paste the data inside
   the dti-league-table element, as in ${example}. The pasted JSON must not
   contain </script>; the dti command writes < as \\u003c, so its output
   is always safe.

5. COMMON PROBLEMS
   - The visual editor strips <dti-…> or <script>: paste in HTML mode, or
     put the <script> tag in the portal's template.
   - The editor turns " into curly quotes: type straight quotes again.
   - The table stays on "Loading…": check the paths of src and of
     dti-widgets.js (opening them in a browser must show the file).

Every attribute of every widget, with examples: the page “Embedding in a
portal” of the DTI Kit documentation, section “Attributes of each widget”.
`;
  return `\ufeff${text.replace(/\n/gu, '\r\n')}`;
}
