/** The options every data-reading command (score, validate, compare) takes, read by one parser. */
const DATA_OPTIONS = `  --sheet <name>          trang tính cần đọc / workbook sheet to read
  --period <text>         kỳ đánh giá / period label, e.g. 2024
  --number-locale vi|en   cách viết số trong tệp (mặc định vi: "2.528" là 2528)
                          / how numbers are written in the file (default vi)
  --strict                thiếu cột chỉ số hoặc giá trị đáng ngờ (2.528 trong cột %) là lỗi, mã thoát 1
                          / a missing indicator column or a suspicious value is an error (exit 1)
  --locale vi|en          ngôn ngữ thông báo và bảng (mặc định vi); csv: vi = ";" và dấu phẩy thập phân
                          / language of messages and tables (default vi)
  --quiet                 không hiện thanh tiến trình / no progress bar
  --verbose               in mọi cảnh báo / print every warning (default: 10 of each kind)`;

/** Help texts, Vietnamese first then English, each with examples. */
export const HELP: Record<string, string> = {
  main: `dti — chấm điểm, xếp hạng chuyển đổi số / score and rank digital transformation

Cách dùng / usage: dti <lệnh/command> [tùy chọn/options]

Lệnh / commands:
  score <data>              chấm điểm và in bảng xếp hạng / score and print the league table
  validate <data>           kiểm tra số liệu, liệt kê mọi lỗi / check data, list every problem
  compare <trước> <nay>     so sánh hai kỳ / compare two periods
  init <framework>          tạo bảng tính mẫu để điền / write a template spreadsheet to fill in
  schema                    JSON Schema của bộ chỉ số / JSON Schema of the framework format
  frameworks                các bộ chỉ số có sẵn / the presets

Ví dụ / examples:
  dti frameworks
  dti init self-assessment-template --out mau.xlsx
  dti validate so-lieu.xlsx --framework self-assessment-template
  dti score so-lieu.xlsx --framework self-assessment-template
  dti score so-lieu.csv --framework bo-chi-so.json --format json --out ket-qua.json

Mã thoát / exit codes: 0 xong/ok · 1 số liệu hoặc bộ chỉ số có lỗi/problems in data or framework
  · 2 sai cú pháp lệnh/usage error · 3 không đọc, ghi được tệp/cannot read or write a file

dti <lệnh> --help cho chi tiết / for details.`,
  score: `dti score <data> --framework <id|file> [options]

Đọc .xlsx, .csv (dấu phẩy, chấm phẩy hoặc tab; "97,8%", "2.528", "10/21", "trên 75%") hoặc .json,
chấm điểm theo bộ chỉ số và in bảng xếp hạng.
Reads .xlsx, .csv or .json, scores it with the framework and prints the league table.

  --framework <id|file>   mã bộ chỉ số có sẵn hoặc tệp JSON / preset id or JSON file (required)
  --format <f>            table (mặc định/default) | csv | json (cho widget/for the widgets) | html
  --out <file>            ghi ra tệp (ghi tệp tạm rồi đổi tên: không bao giờ để lại tệp dở dang)
                          / write to a file (via a temporary file and a rename: never half-written)
  --indicators            kèm giá trị từng chỉ số, mọi định dạng / each indicator's value, every format
${DATA_OPTIONS}

Bảng và trang HTML có cột độ phủ; dấu * sau điểm: đơn vị thiếu số liệu, điểm không dựa trên đủ chỉ số.
The table and the HTML page show coverage; * after a score marks a unit that did not report everything.
html: một trang để đính kèm, in A4: kỳ, tệp số liệu (SHA-256), bộ chỉ số và căn cứ, xếp loại, ghi chú;
kỳ lấy từ tệp JSON, hoặc --period cho tệp .xlsx/.csv. / a page to attach or print: period, data file
(SHA-256), framework and its basis, tiers, notes; the period is the JSON file's, or --period.
CSV: ô văn bản bắt đầu bằng = + - @ được thêm ' phía trước để bảng tính không chạy công thức.
CSV: text cells starting with = + - @ get a leading ' so spreadsheets never run them as formulas.
CSV: tiêu đề cột và trạng thái luôn bằng tiếng Anh, ổn định cho chương trình đọc (id, name, rank, value,
tier, coverage, status; ranked | not-ranked | unscored); --locale chỉ đổi dấu phân cách và dấu thập phân.
CSV: headings and statuses are always English, stable for programs that read them; --locale vi changes
only the delimiter (;) and the decimal mark (,). Tables and HTML are for people: in the --locale language.

Ví dụ / examples:
  dti score so-lieu.xlsx --framework self-assessment-template
  dti score dti-2022.json --framework dti-province-2022 --format html --out bang-xep-hang.html`,
  validate: `dti validate <data> --framework <id|file> [options]

Liệt kê mọi lỗi (trang, dòng, cột, nội dung, lý do) rồi thoát với mã 1 nếu có lỗi. Chỉ số không có
cột trong tệp được báo trước tiên; có cảnh báo thì không in ✓ mà in "hợp lệ, có N cảnh báo".
Lists every problem (sheet, row, column, text, why), then exits 1 if there were errors. Indicators with
no column come first; with warnings the last line says "valid, with N warning(s)" instead of a bare ✓.

  --framework <id|file>   mã bộ chỉ số có sẵn hoặc tệp JSON / preset id or JSON file (required)
${DATA_OPTIONS}

Ví dụ / examples:
  dti validate so-lieu.xlsx --framework self-assessment-template
  dti validate so-lieu.xlsx --framework self-assessment-template --strict --locale en`,
  compare: `dti compare <previous> <current> [--framework <id|file>] [--crosswalk file] [--format table|json]
  [--sheet, --period, --number-locale, --strict, --locale: như/as dti score]

So sánh hai kỳ: thay đổi điểm, thay đổi hạng, đơn vị mới hoặc không còn. Mỗi tệp là số liệu (cần
--framework) hoặc kết quả "dti score --format json". --crosswalk: JSON {"crosswalk": [{"to", "from": []}]}
cho đơn vị sáp nhập (giá trị kỳ trước được lấy trung bình, hạng trước được xếp lại trên các đơn vị sau
sáp nhập). --format json ghi thêm previousPartial/currentPartial (giá trị có dấu *).
Compares two periods; files are data (needs --framework) or score tables; --crosswalk maps merged units
(previous values averaged, previous ranks re-ranked among the merged units). --format json adds
previousPartial/currentPartial (the values marked *).

Ví dụ / example:
  dti compare 2023.xlsx 2024.xlsx --framework self-assessment-template`,
  init: `dti init <framework> [--out file.xlsx|file.csv]

Tạo bảng tính mẫu có tiêu đề tiếng Việt: một cột cho mỗi chỉ số và số liệu gốc, trang "Hướng dẫn".
Writes a template spreadsheet with Vietnamese headers and a guide sheet.

Ví dụ / example:
  dti init self-assessment-template --out mau-tu-danh-gia.xlsx`,
  schema: `dti schema [--out file]

In JSON Schema của định dạng bộ chỉ số, để trình soạn thảo gợi ý và kiểm tra.
Prints the JSON Schema of the framework format, for editors.

Ví dụ / example:
  dti schema --out framework.schema.json`,
  frameworks: `dti frameworks [--locale vi|en]

Liệt kê các bộ chỉ số có sẵn, trạng thái, nguồn và phần còn thiếu.
Lists the presets with their status, source and gaps.`,
};
