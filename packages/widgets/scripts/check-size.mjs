// Size budgets of what a page downloads, gzip level 9 as CDNs serve them. Fails the test run when over.
//
// Each row is an entry a page loads plus every module it imports statically, transitively (a browser
// fetches them all before the first element renders), each file gzipped on its own. Parts behind
// `import()` are weighed as what they add when a page asks for them: their file and its static imports,
// less what the page has loaded already. The ES module files come from one code-splitting build
// (scripts/bundle.mjs): Lit, the widgets' shared code and the core's pieces are in chunks that a page
// loads once, whatever elements it shows.
//
// Budgets are the measured value rounded up by at most 0.5 KB. Where that is above the goal of an
// issue, the row prints both and says the goal is missed; the budget then keeps it from growing.
//
// - dti-widgets.js: the one script a page includes; it registers every element and shows score tables
//   (from `dti score --format json`, properties or inline JSON): a gauge and a league table. Two files:
//   the entry (a few exports) and the chunk with its code, which every on-demand part imports too.
//   Goal 25 KB (issue 13), met once (24.89 KB), missed again since the table's 100,000-row speed work and
//   its fractional ranks were merged (25.77 KB), missed still with a large table's sorts and warm-up
//   moved out (25,996 bytes), and met again: 25,587 bytes (24.99 KB) with the names part (the collation
//   and the ranks within a parent), a broken unit's fields and a gauge's own bands on demand; 25,571 bytes
//   (24.98 KB, budget raised by the 63 bytes measured) since the table tells whether names repeat
//   without normalising the 100,000 names of a large table that need it not (warnings.ts), and folds
//   runs of spaces in them as core's twinNames does. The split adds about 0.3 KB (the chunk's exports, the
//   entry's own few bytes, a second gzip stream), the price of one copy of Lit per page. (The entry
//   cannot be that chunk: a page that loads `dti-widgets.js?v=2` would get a second copy of every
//   module from the parts, which import the chunk by its plain name.) What only other elements, a click
//   or a problem need is not in it: the rank interval's words, the CSV download code (with the writer),
//   the league table's notices (the warnings above it, the ◐ marks of partial data and their styles, the
//   note on a parent the data lacks, the words of peer groups; loaded while the data that needs them
//   loads, so they show with the table), the gauge's sentences about attributes it cannot use (a placeholder while they load), the
//   sentences of a source that could not be read (file:// included), the naming of a broken unit's
//   fields, the reading of a gauge's own `bands`, the Vietnamese collation and the ranks within a parent
//   (for data with parents or peer groups, or a sort by name). Every file is minified by esbuild,
//   then by terser's compressor (two passes; scripts/bundle.mjs).
// - Every element: what a page with all seven elements downloads: the entry, the five elements loaded
//   on demand and what they import, each file once. Goal 45 KB (issue 11), missed: the elements' own
//   code (the map, the scorecard and the trend about 7 KB each) is most of what the entry does not hold.
// - Each element loaded on demand (<dti-rank-interval>, <dti-trend>, <dti-map>, <dti-scorecard>,
//   <dti-weights>): what it adds to a page that has the entry, i.e. its file and the chunks it shares
//   with other elements (the link protocol), not Lit. Goal 15 KB each (issue 11).
// - The map's geo path (d3-geo, topojson-client), loaded only for a `geo-src`: what it adds to a page
//   with a map. Goal 20 KB (issue 11).
// - The scoring bundle: validation, CSV and XLSX readers, the engine, the issue sentences; loaded only
//   when raw data must be scored (a `framework` and raw data or a spreadsheet). The scoring path: what a
//   page that scores a spreadsheet downloads in all: the entry, the scoring bundle and the largest preset.
// - The issue sentences (every data problem in Vietnamese and English), for a page that passes issues
//   of its own.
// - The league table's "Xu hướng" column, loaded when a table is given `trend-src`: the sparkline, the
//   series check and the fetch, built with the DOM rather than Lit. The classic script leaves the column
//   out (a page opened from a file cannot read the series).
// - The CSV writer, loaded on the first click of the export button; the table of a score result, for a
//   page that passes the core's `score` result rather than a table.
// - The league table's notices: the warnings above the table (units ranked on partial data, the data's
//   warnings, tier colours refused) and the note on a parent the data lacks, with their words. The table
//   loads them while it loads data that needs them, so they show with the table, never after it.
// - Why a source could not be read: the HTTP status in words and the JSON scanner (line, column and
//   character where a file or a pasted block stops being JSON), loaded only after a failure.
// - The names part: the Vietnamese collation (the parents and peer groups listed, a sort by name) and
//   the ranks within a parent, loaded with data that has parents or groups, or for a sort by name.
// - A large table's part: the sorts of packed numbers, the first rows of a column picked in one pass and
//   the idle warm-up of the search and orders, loaded while the first page of a table of over 2,000
//   units shows (sorts.ts; a smaller table sorts with a comparator, the same rows).
// - dti-widgets.classic.js: everything in one classic script, for pages opened from a local file. A
//   classic script cannot load chunks, so the scoring code and every sentence are inside; the map's geo
//   path is left out (a page opened from a file cannot read a geo file, and the map says so).
// - dti-gauge.js: the gauge alone (its colour rule for a tier colour that is not hex in a file beside it).
// - The npm package, bundled by an application's bundler (esbuild here: minified, code splitting): the
//   same split must survive there. They carry more than the portal bundle: the league table's peer
//   groups and parent matching, and, because esbuild puts every module the light entry re-exports into
//   the chunk the entry loads, the colour rule (the list of CSS colour names, about 0.6 KB) that the
//   portal bundle loads on demand, and the core's ranking, which esbuild leaves in the chunk the entry
//   shares with the scoring code although the table ranks with its own sorts (sort-order.ts), about 0.6 KB.
//
// Budgets raised on purpose, each by what it measured (the goals stay; rows over a goal say so):
// - one base element for all seven (locale that follows the page's lang, theme, emit) and the league
//   table in sub-templates and controllers (issue 12): about 0.8 KB on the entry, 0.2 KB on the gauge
//   alone, as much on the npm bundles (option objects' property names are not minified);
// - the table's "Xu hướng" column hook, aria-current and the rank field a score table states
//   (rankedAmong, so no "x/N" is ever guessed): about 0.2 KB on the entry, 0.3 KB on the map;
// - the map's speed work (matching reused for re-ranked tables, one listener per kind, colours once per
//   tier) about 0.4 KB on the map; the core's readers and validation in named steps about 1 KB on the
//   scoring bundle;
// - the map marking the chosen region itself instead of rendering every region again, its regions and
//   hidden table rendered only when their view changes, and each region's words made when first read
//   (selecting a unit and moving a weight on 3,321 communes, issue 11): about 0.6 KB on the map, and so
//   on every row that holds it (every element, the classic script, the npm bundle);
// - one label and number-locale rule for the CLI and the widgets, in @dti-kit/core/present (issue 12):
//   the gauge now imports that entry statically, and esbuild then puts the CSS colour names that the
//   gauge's on-demand colour rule reads through the same entry in a chunk the gauge loads: 0.9 KB on
//   the npm gauge bundled alone (15.1 to 16.1 KB). The portal's dti-gauge.js is unchanged.
// - one block-host stylesheet and story variants for every element (issue 12): about 0.1 KB on the
//   entry (its shared-sheet function and export), and so on the scoring path (87.6 to 87.7 KB).
// - a CSV row with a field too many names its unit and, comma-delimited, a likely decimal comma ("97,8"),
//   in both languages: about 0.35 KB on the scoring bundle (57.7 to 58.0x KB) and every row that holds it.
// - a tier colour of null refused by the shape check (it threw on the page before): a few bytes on the
//   entry, which was at 26.9x of its 26.9 KB budget (now 27.0), and 0.1 KB on the classic script.
// - the rank interval's words moved from the shared STRINGS (which every page loads) into its own file:
//   its part grows by what the entry lost there, 0.3 KB (3.4 to 3.7 KB).
// - a sheet without a header row: the error counts the rows searched and names the sheet and the
//   framework, in both languages (core's sheet reader): about 0.1 KB on the scoring bundle (58.1 to
//   58.15), the classic script (118.2 to 118.25) and the npm scoring chunk (57.5 to 57.56).
// - the league table on 100,000 rows (issue 13): the score-table check without a closure per unit and
//   without a sort when the table is listed best first, the rank order kept as it is when the table is
//   listed in it, and the count of partial-data units made once per table and parent instead of on
//   every keystroke (pnpm bench, 100,000 rows: first render 669 to 558 ms, first keystroke's update 41.7
//   to 14.1 ms on a loaded machine): 0.25 KB on the entry (26.33 to 26.57) and the classic script.
// - a CSV line of megabytes refused as too long a row, naming the line and the 1 MB limit (the core's
//   CSV reader): about 0.4 KB on the scoring bundle (58.15 to 58.57), the scoring path, the classic
//   script (118.43 to 118.81) and the npm scoring chunk (57.56 to 58.0); the percent column's check
//   in named steps then a few bytes more on that chunk (58.01).
// - an issue of a computed indicator (a zero denominator, a share out of range) said at the cells of the
//   fields its formula read, with their values, instead of "row 2" (no place at all in Vietnamese):
//   0.45 KB on the scoring bundle (58.15 to 58.6x KB, measured before merging the CSV long-line refusal),
//   and so on the scoring path, the classic script and the npm scoring chunk. Measured with both merged:
//   scoring bundle 59.0 KB, classic script 119.3 KB (with the league table above), npm scoring chunk
//   58.5 KB; budgets set 0.1 above.
// - a value beyond an indicator's goalposts (a count above its maximum, points where a 0–1 score is
//   meant) named with its cell and what scoring does with it, in English and Vietnamese, instead of
//   being capped without a word: measured after merging main, scoring bundle 59.4 KB, scoring path
//   89.3 KB, classic script 119.7 KB (119.8 KB with the rank-status check below), npm scoring chunk
//   58.9 KB (each about 0.3–0.4 KB more); budgets set 0.1 above. With the 200 MB data-file refusal merged
//   after: scoring bundle 59.5 KB, scoring path 89.4 KB; budgets again 0.1 above.
//   Measured after merging main with a weight move that re-ranks the scorecard's one unit within its
//   parent instead of every unit and reads a table's tie rule once (0.3-0.4 KB on the scorecard and
//   weights code): scoring bundle 59.9 KB, scoring path 89.9 KB, scoring chunk 59.5 KB, classic script
//   122.1 KB, npm define.js 58.7 KB; budgets set 0.1 above.
// - a unit whose status its rank contradicts ("ranked" without a rank, "not-ranked" with one) refused by
//   the shape check: it was shown with a rank it did not have, or none where it had one. 0.05 KB on the
//   entry (26.58 to 26.64) and on the npm gauge (16.20 to 16.25).
// - a source that cannot be read said in the page's language: the HTTP status or "no response" instead
//   of the browser's English text, and JSON that does not parse with its line, column and character. The
//   sentences and the JSON scanner load with `import()` only after a fetch or JSON.parse has failed
//   (the "why a source could not be read" row), so the entry grew 0.04 KB (26.64 to 26.67) and the npm
//   define.js bundle 0.08 KB (58.26 to 58.35: the import() calls and the parse that waits for them, in
//   every element's copy). The classic script cannot load a part later: both are inside, 1.36 KB
//   (119.89 to 121.25). Measured again after merging main's sheet-reader change (formula cells and
//   growing columns in core/src/sheets): classic script 121.30 KB, scoring path 89.5x KB (the entry's
//   0.04 KB above), npm scoring chunk 59.02 KB (the parse that awaits its failure sentence in load.ts);
//   budgets 121.4, 89.6 and 59.1.
// - reading that says what it did instead of a silent reading, all in the scoring code: coverage counted
//   only over indicators worth points (a blank 0-point indicator no longer marks official results as
//   partial), the missing-value rule's outcome said per indicator (scored 0, left out, previous period),
//   a text number read as thousands ("2.528", "1,200") said once per column, a hidden workbook column
//   that holds data said as hidden rows are, one list of total and average rows ("Bình quân", "Sum"),
//   a tier gap below the lowest tier, and Vietnamese sheet errors that name the sheet and cell. Measured
//   with all of them merged: scoring bundle 61.1 KB, scoring path 91.0 KB, issue sentences 5.5 KB,
//   classic script 123.1 KB, npm scoring chunk 60.4 KB (1.1–1.5 KB more each); budgets 0.1 above.
// - no silent ranks: the shape check refuses a table that gives two different values one rank ("1 ="
//   beside a lower score, read as a tie that is not one), naming both units, and validation names a
//   unit with no value worth points. The check is in every element's copy of the shape check, so it
//   reaches every page: measured entry 26.71 KB (26.67 before), every element 60.39, rank interval 3.84,
//   scoring bundle 61.29, scoring path 91.29, classic script 123.42, npm define.js 58.89, scoring chunk
//   60.68, npm league-table.js 27.62, npm gauge.js 16.31; budgets rounded up to the next 0.1 KB.
//   The Vietnamese sentence then writes its values with a decimal comma ("0,8241 điểm", not "0.8241"):
//   every element 60.41 KB and npm define.js 58.91 KB, over by bytes; budgets 60.5 and 59.0.
// - the integrated branch these budgets were next set on (deff336) was already over five of them, all in
//   the scoring code, from the reading and framework work merged since the last measurement: placeholders
//   ("N/A", "-") said once per column, a decimal mark of the other convention said per column, a file
//   refused for its size naming its kind, missing-value policies keyed by type with a `deprecated`
//   warning for the former `method` (vi and en), one place for an indicator's missing-value policy.
//   Measured there: scoring bundle 62.73 KB, scoring path 92.72, issue sentences 5.89, classic script
//   124.98, npm scoring chunk 62.12. Then the framework's own warnings (a former spelling, a tier gap)
//   shown with the data's when the league table scores raw data, named by the framework's URL or id:
//   in the scoring bundle, which the table now asks for one function (scoreValue) instead of two, so the
//   entry lost 0.02 KB (26.72 to 26.70). Measured: scoring bundle 62.82 KB, scoring path 92.80, classic
//   script 125.04, npm scoring chunk 62.20 (0.06–0.09 KB each); budgets rounded up to the next 0.1 KB.
// - the JSON scanner (where a file or pasted block stops being JSON) in named steps in a module of its
//   own instead of one 123-line function of closures: its steps are module functions, whose names the
//   classic script's minifier writes with two or three letters where the closures had one, and the
//   module gets a wrapper of its own there. Classic script 123.43 to 123.57 KB, budget 123.6; the
//   on-demand part that holds it 1.61 to 1.68 KB, within its budget.
// - CSS that the scorecard, the weights and the rank interval each wrote again in one place each: the
//   panel box and the what-if banner (scorecard and weights, shared/panel-styles.ts) and the table of
//   figures (scorecard and rank interval, shared/data-table-styles.ts). Each is a chunk the two elements
//   share, a file of a few hundred bytes gzipped on its own, where the copies compressed well inside
//   each element's file: rank interval 3.86 to 4.07 KB, scorecard 8.84 to 9.28, weights 7.78 to 8.00,
//   every element 60.41 to 60.78 (budgets 4.1, 9.3, 8.1 and 60.8). One module for all three sheets
//   weighs less on every element (60.63) but loads the banner's colour in the rank interval, which
//   shows no banner.
// - the league table's class split into sub-templates and controllers (issue 12: row, pager, error box,
//   notes, columns, cell context, export, the Escape key for the partial-data tips, the pasted-JSON
//   watch, the table's input and the idle warm-up each in a module of its own; 719 to under 450 lines):
//   each step that leaves the class passes as arguments what it read from `this`, and gzip finds less to
//   share between them, 10 to 25 bytes a step. Measured: entry 26.71 to 26.91 KB, every element 60.78 to
//   60.96, scoring path 91.29 to 91.48, classic script 123.57 to 123.76, npm define.js 58.91 to 59.08,
//   npm league-table.js 27.62 to 27.71; budgets 26.95, 61.0, 91.5, 123.8, 59.1 and 27.75.
// - errors that no longer mislead, in both languages: an address that answers with a web page (a portal's
//   page served with 200) is said to be one, naming the URL, instead of "not valid JSON" or "a
//   spreadsheet"; a mistyped preset name lists the presets instead of a bare 404; the map's and the
//   trend's error boxes start with the bold lead-in of the table's. The sentences load with the parts
//   that say them (the "could not be read" part, the scoring bundle, the map, the trend): entry
//   unchanged (26.91 KB), every element 60.96 to 61.10, scoring bundle 61.29 to 61.49, scoring path
//   91.48 to 91.68, classic script 123.76 to 124.18, npm define.js 59.08 to 59.14, npm scoring chunk
//   60.68 to 60.87; budgets 61.2, 61.6, 91.8, 124.3, 59.2 and 61.0.
// - the two branches above merged, with the readings that now say what they did: an id read in Unicode
//   NFC and two ids differing only in case or form refused (both cells named), a decimal mark of the
//   other convention and placeholders ("N/A", "-") said once per column, a wide workbook read into
//   columns; with their sentences in vi and en. All in the scoring code and the sentences, none on the
//   page entry (26.9). Measured on the merge: scoring bundle 64.2 KB, scoring path 94.4, issue sentences
//   6.5, classic script 126.9, npm scoring chunk 63.5; budgets 64.3, 94.5, 6.6, 127.0 and 63.6.
// - a worksheet read while it decompresses, a window of whole rows at a time, so that its bytes and its
//   whole text are never held together (with the wide workbook read into columns, a workbook inflating
//   to 208 MB: 1,059 to 527 MB peak for `dti validate`): scoring bundle 64.2 to 64.7 KB, scoring path
//   94.4 to 94.8, classic script 126.9 to 127.4, npm scoring chunk 63.5 to 64.1; budgets 64.8, 94.9,
//   127.5 and 64.2.
// - a what-if weight move recolours only the map's regions whose colour changed, written by the map
//   itself (the regions' template no longer holds fills or classes, so the 3,321 communes' templates are
//   not gone through on each move): 0.17 KB on the map (10.11 to 10.28 KB), every element 60.41 to
//   60.58 KB (budget 60.6), the classic script 124.98 to 125.17 KB. The entry is unchanged (the same
//   bytes but for the chunks' hashed file names: 26.71 to 26.72 KB gzip). The map's matching reused by
//   each unit's place in the table rather than a lookup per unit (the map's view of 3,321 re-ranked
//   communes in Node, best of three: 0.72–1.01 to 0.38–0.41 ms) then 0.07 KB more: map 10.35 KB, every
//   element 60.66 KB (budget 60.7), classic script 125.25 KB.
// - the map's recolouring (above) merged with the rest, and a worksheet read as it inflates keeping its
//   pieces apart until one holds a row's end (a hostile sheet of one huge row read in linear time):
//   measured on the merge, every element 61.33 KB, map 10.40, scoring path 95.00, classic script 127.78,
//   npm define.js 59.43, npm scoring chunk 64.26; budgets 61.4, 10.5, 95.1, 127.9, 59.5 and 64.3.
// - the readings a hostile test found silent, said or refused, each sentence in Vietnamese and English,
//   all in the scoring code (none on the page entry, 26.93 KB): spaces that do not group thousands
//   ("9 5") and multiplier words ("2 triệu") refused, a column mixing a decimal dot with thousands dots
//   said once, a word after a number in a % indicator, a %-formatted cell in a 0–1 indicator read as
//   stored, formulas without a saved result and error cells saying what the missing-value rule did;
//   unit identity (format characters, NFKC look-alikes, Icelandic Ð, one name twice under one parent),
//   true/false for a number indicator, a mean within a parent with nothing to estimate from, what the
//   rule did for a unit without data; compare's merged ranks. The new modules are mostly their
//   sentences. Measured on the merge: scoring bundle 71.41 KB, scoring path 101.61, issue sentences
//   6.79, classic script 134.23, npm scoring chunk 70.69; budgets 71.5, 101.7, 6.8, 134.3 and 70.8.
// - a percentage typed into a raw field that counts something else ("95%" of "thủ tục") said, naming the
//   field's unit, in vi and en: scoring bundle 71.54 KB, scoring path 101.74, classic script 134.35, npm
//   scoring chunk 70.84; budgets 71.6, 101.8, 134.4 and 70.9. Then its notes as one named step (the
//   reader's functions under 60 lines): scoring bundle 71.60, scoring path 101.81, classic script
//   134.40; budgets 71.7, 101.9 and 134.5.
// - the league table's notices (warnings above the table, a parent the data lacks) in a part loaded on
//   demand (issue 13): entry 26.93 to 26.40 KB, every element 61.33 to 60.80; budgets lowered to 26.4,
//   60.85 and (scoring path, 101.28) 101.3. In the classic script they are plain modules (notices-inline.ts)
//   but reached through one more function and a words object of their own: 134.40 to 134.59 KB, budget
//   134.6. An application's bundler puts the two modules the notices share with the entry (the count
//   format, the core's present index) in chunks of their own: npm define.js 59.46 to 59.60 KB, budget 59.6,
//   and the scoring chunk 16 bytes more (70.89 to 70.90), budget 70.95.
// - issue 13, the page entry: terser's compressor (two passes) over esbuild's output (scripts/bundle.mjs);
//   the ◐ mark of a unit on partial data and its words with the table's notices; the gauge's sentences
//   about attributes it cannot use in a part of their own (gauge-problems.ts: while they load, a gauge
//   with such an attribute shows its loading placeholder, then the error or the note); the sentence of a
//   source read from a page opened from a file (file://) with the other "could not be read" sentences.
//   Measured: entry 26.40 to 25.17 KB, every element 60.80 to 59.02, classic script 134.59 to 129.99,
//   the gauge alone 14.40 to 13.81, npm define.js 59.60 to 59.02 (every file a few per cent smaller);
//   budgets lowered to the measured values. The notices 1.09 to 1.42 KB (budget 1.45) and the "could not
//   be read" part 1.83 to 1.98 KB (budget 2) grew by what they took from the entry.
// - issue 13, the page entry: the styles of the warnings' lists and of the ◐ marks and their explanations
//   (screen and print) load with the table's notices, which add them to the table's own in the render
//   that first shows one: entry 25.17 to 24.97 KB (budget 25, the goal), every element 59.02 to 58.83,
//   npm define.js 59.02 to 58.91 and league-table.js 26.93 to 26.81, scoring path 97.50; the notices
//   1.42 to 1.89 KB (budget 1.9); the classic script, where both are inside, 129.99 to 130.09 (the call
//   that adds the sheet; budget 130.1); the scorecard 9.19 to 9.20 KB by its chunks' names (budget 9.25).
//   Then the words of peer groups (their rank columns, the group column, the note under the table) with
//   the notices, loaded with a table whose units have a group: entry 24.97 to 24.89 KB (budget 24.9),
//   every element 58.83 to 58.74, npm define.js 58.91 to 58.83 and league-table.js 26.81 to 26.74,
//   scoring path 97.42; the notices 1.89 to 2.01 KB (budget 2.05), the classic script 130.12 (130.15).
// - reading a large CSV at speed and in less memory (issue 13): a unit's name folded letter by letter
//   for the same-name check (a second fold next to the widgets' small `foldText`, which stays as it
//   was), value cells written as their number kept as a byte and proved so digit by digit, same names
//   compared with their parent only when met twice, ids and names in NFC found without the normaliser.
//   Speed code, not sentences: npm scoring chunk 72.1 KB (70.9 before); budget 72.2. The scoring
//   bundle, scoring path, classic script and npm define.js and league-table.js are unchanged.
// - the league table's first page of 100,000 rows without sorting, folding or building them all (issue
//   13): the score-table check (in every element's copy) tests a unit's fields in one call instead of
//   one per field and finds repeated ids in a hash table of indices instead of a map; the table reads a
//   page at a time, picks the first rows of a column clicked before its order is made in one pass
//   (sort-order.ts `firstInOrder`), makes rows, parent keys and folded names (a word at a time) when
//   first read. pnpm bench, 100,000 rows, medians of three runs before and three after on a shared,
//   loaded machine (load 2.5 to 12): first render 245 to 137 ms, a sort clicked in the first frame 647
//   to 378, a keystroke in the first frame 271 to 179.
//   Measured: entry 26.92 to 27.74 KB, every element 61.33 to 62.14, scoring path 101.81 to 102.61,
//   classic script 134.40 to 135.22, npm define.js 59.43 to 60.25, npm league-table.js 27.74 to 28.52,
//   npm gauge.js 16.31 to 16.60 (the check); budgets 27.75, 62.2, 102.7, 135.3, 60.3, 28.55 and 16.65.
//   Then the first rows found by a binary search (rows listed in the opposite order cost log k
//   comparisons each, not k): entry 27.75 KB, over by bytes; budget 27.8.
// - no cell hidden behind a column's note, and unit checks at their cells (core's sheet reader): the
//   notes on placeholders, decimal marks of the other convention, thousands readings and percentages
//   read as shares count their cells and units and name the first three, every cell listed in the
//   issue; ids and names checked at their cell, not their row. In the scoring code and the sentences:
//   scoring bundle 71.60 to 72.76 KB, issue sentences 6.79 to 7.18, npm scoring chunk 70.84 to 72.08.
//   Then ranks that read the same under every tie rule of the core: the league table, scorecard, map
//   and trend write a fractional rank as the language does ("2,5" in Vietnamese), and the table reads a
//   fractional table's rule and ranks within a parent by it (1, 2.5, 2.5, 4), as the scorecard does:
//   entry 26.93 to 27.09 KB (the rank's number format and the rule in the table's ranking), scorecard
//   9.28 to 9.36, npm league-table.js 27.71 to 27.89. Measured with both: every element 61.62, scoring
//   path 103.13, classic script 135.81, npm define.js 59.65; budgets rounded up to the next 0.1 KB.
//   Then a number split by a comma delimiter into a notes column the framework ignores ("97,8" read as
//   97 and 8, the row no longer than the header) refused, naming unit, line and the two cells, in vi and
//   en (core's CSV reading): scoring bundle 72.76 to 73.58 KB, scoring path 103.95, classic script
//   136.63, npm scoring chunk 72.96; budgets 73.6, 104.0, 136.7 and 73.0.
//   Then the note on a fraction among percentages saying what was done, and ids that mix Latin letters
//   with Cyrillic or Greek look-alikes ("НN", its Н U+041D) named with both cells, in one file and
//   across `dti compare`: the look-alike table is a module of its own, out of the page entry (27.09 KB,
//   unchanged; folded into foldText it cost the entry 0.3 KB). Measured: scoring bundle 74.57 KB,
//   scoring path 104.93, issue sentences 7.25, classic script 137.70, npm define.js 59.91, npm scoring
//   chunk 73.68, npm league-table.js 28.15; budgets 74.6, 105.0, 7.3, 137.8, 60.0, 73.7 and 28.2.
// - every row set to what it measures, rounded up by at most 0.05 KB, after this morning's four branches
//   were merged (the table's notices out of the entry, the 100,000-row speed work, fractional ranks and
//   tie rules, the CSV and identity readings); the branches had each set budgets on their own base, so
//   the merge left fourteen rows over them. Measured on the merge (KB): entry 25.77 (goal 25 missed:
//   24.89 with the notices moved out, then +0.8 for the first page without a full sort, the first rows
//   of a clicked column, rows made when read and the shape check's fast path and id table, +0.16 for
//   fractional ranks written as the language does and the table's rule within a parent), every element
//   59.72, rank interval 4.05, trend 8.28, map 10.28, geo path 6.15, scorecard 9.28, weights 7.84,
//   scoring bundle 72.97, scoring path 102.02, issue sentences 7.03, CSV writer 0.95, "Xu hướng" column
//   3.70, table of a score result 1.03, "could not be read" 1.98, notices 2.01, dti-gauge.js 14.08,
//   classic script 135.27, npm define.js 60.13, npm scoring chunk 75.01, npm league-table.js 27.94, npm
//   gauge.js 16.30. After the work that followed: the table's view under 60 lines again (the note on an
//   unknown parent a method of its own), entry 25.78, every element 59.74, scoring bundle 72.98, scoring
//   path 102.04, the other rows unchanged. What the speed work weighs on the entry, measured by putting
//   back each piece's former code: the shape check's fast path and id table 0.27 KB, `firstInOrder` 0.13
//   KB; both run in the first frame (a header clicked before the orders are made shows its exact rows in
//   that frame), so behind `import()` they would have to load with a large table's data, as the notices
//   do, the smaller tables keeping the plain paths: not done yet, and about 0.3 KB, not the 0.78 needed.
//   pnpm bench after (100,000 rows, one run): first render 66 ms, sort in the first frame 188 ms,
//   keystroke in the first frame 117 ms.
//   Budgets: 25.8, 59.75, 4.05, 8.3, 10.3, 6.2, 9.3, 7.85, 73, 102.05, 7.05, 1, 3.7, 1.05, 2, 2.05,
//   14.1, 135.3, 60.15, 75.05, 27.95 and 16.3.
// - at most 1,000 issues of a kind listed by core's sheet reader, the rest counted into one issue in vi
//   and en (a file with an error on every row kept 3 GB of messages): scoring bundle 73.2 to 73.5 KB,
//   scoring path 102.2 to 102.5, classic script 135.5 to 135.8, npm scoring chunk 75.2 to 75.6; those four
//   budgets raised by that (the budgets below were already under the sizes measured before this change).
// - a quoted line break read by the CSV stream instead of reading the file again whole: scoring path
//   102.5 to 102.6 KB and classic script 135.8 to 135.9; those two budgets raised by 0.1.
// - the tie rule a score table states (framework.ties, checked, and read instead of guessed from
//   whole-number fractional ranks): entry 26,382 to 26,465 bytes (+83), rank interval 4,141 to 4,215 (+74,
//   its shared chunk); entry and rank-interval budgets raised by 0.1 KB.
// - the merge of the afternoon's five branches and the fixes made on it, every row set to what it measures
//   (rounded up by at most 0.05 KB): the tie rule a score table states, read by the table, the scorecard and
//   what-if (entry and rank interval); the look-alike and split-decimal checks, the letter O typed for a zero,
//   data without a unit, the number named in a bound's Vietnamese note and at most 1,000 issues of a kind
//   (scoring bundle and sentences); an editor's highlight opening its page (entry). Measured (KB): entry
//   25.87 (goal 25 missed), every element 59.93, rank interval 4.12, weights 7.86, scoring bundle 74.47,
//   scoring path 103.62, issue sentences 7.11, dti-gauge.js 14.13, classic script 136.97, npm define.js
//   60.38, npm scoring chunk 76.70, npm league-table.js 28.07, npm gauge.js 16.34; the other rows as above.
//   Then `issuesOfAKind`, the reader's option for how many issues of a kind it lists (the playground lists
//   every bad cell): scoring bundle 74.50, scoring path 103.65, classic script 137.00, npm scoring chunk
//   76.74; budgets 74.55, 103.7, 137.05 and 76.75.
// - a score table's `warnings` (what reading the data said, written by `dti score --format json`) checked
//   and shown by the league table: the shape check's test and its sentence in vi and en, which every
//   element's copy of the check carries: entry 25.87 to 25.93 KB, every element 60.07, rank interval
//   4.19, scoring path 103.71, dti-gauge.js 14.19, classic script 137.13, npm define.js 60.52, npm
//   league-table.js 28.15, npm gauge.js 16.40 (budget 16.45); the others rounded up by at most 0.05 KB.
// - a boundary map's shapes recoloured without a fill transition (issue 11: a what-if weight moved over
//   3,321 communes recomputed the style of hundreds of fading shapes in every frame for 150 ms); tiles
//   keep theirs. The map 10.284 to 10.286 KB; the scorecard 9.298 to 9.304 KB with no change of its own:
//   the map's new content hash renames the entry's chunk, whose name every on-demand part imports
//   (budget 9.31).
// - issue 13, the page entry: a large table's sorts (native sorts of packed numbers, the first rows of a
//   column picked in one pass) and its idle warm-up in a part loaded while the first page of a table of
//   over 5,000 units shows; until it arrives, and for smaller tables, a comparator sorts (the same rows:
//   the sorts' unit tests give both the same keys and expect the same orders). Then the Vietnamese alphabet of the collation as one string,
//   and the test of a file read from a page opened from a file (file://) with the "could not be read"
//   sentences, which it only ever chooses between. Measured: entry 26,553 to 25,996 bytes (25.93 to
//   25.39 KB; goal 25 still missed), every element 60.07 to 59.52, scoring path 103.71 to 103.17, npm
//   define.js 60.52 to 59.94, league-table.js 28.15 to 27.57 and gauge.js 16.40 to 16.37; the new part
//   0.93 KB (budget 0.95); "could not be read" 1.98 to 2.05 KB (budget 2.05), by what it took. The
//   classic script holds both sorts and the part's wrapper: 137.13 to 137.37 KB, budget raised to 137.4.
//   What is left in the entry that only large tables need, measured by putting in the plain code: the
//   shape check's fast path for well-formed units (136 bytes) and its id hash table (113 bytes). Both run
//   before a table's first frame; loaded on demand they would either be waited for (an `import()` the
//   first frame waits on, which also stalls a caller that spins on `updateComplete`, as pnpm bench does)
//   or be missing for the first large table of a page (the check of 100,000 units about 1.8× as long,
//   in Node).
//   The ranks within a parent (201 bytes) only a parent chosen reads, but loading them then needs a
//   placeholder and a wait in `updateComplete` (estimated, not measured, at about 120 bytes); reading
//   JSON pasted inside the table (160 bytes) would need a loader and its wait too.
// - large CSV files in less memory: the reader's value columns in blocks joined once at the end, the
//   columns the data lacks sharing one, the zero policy scoring without copies (core's growing-columns.ts,
//   columnar.ts, impute.ts, weighted-sums.ts): npm scoring chunk 76.74 to 77.08 KB (budget 77.1); scoring
//   bundle 74.50, scoring path 103.71, classic script 137.13 and npm define.js 60.52, within their budgets.
// - the league table's first render of 100,000 rows (issue 13): the score-table check reads each unit
//   once (its fields and, while they are well formed, its conflicts and its peer group, where it read the
//   units three times), its id table compares hashes before reading another unit, the table's parents,
//   peer groups and worst rank in one pass instead of three, and a table taken off the page stops its
//   idle preparation. Each unit is still checked as before, with the same sentences. 110 bytes on the
//   entry (26,555 to 26,665 B gzip: 25.93 to 26.04 KB, budget 26.05), 60 on the gauge (shape.ts:
//   14.18 to 14.24 KB, budget 14.25), and so on every element (60.17 KB, budget 60.2), the scoring path
//   (103.82, budget 103.85), the classic script (137.21, budget 137.25), the npm define.js (60.58, budget
//   60.6) and league-table.js bundles (28.23, budget 28.25).
// - validation of plain rows within 1.3× of a hand-written rows-to-columns loop (issue 13): each unit's
//   id and name checked as it is read, names found twice by the hash of their fold in a table of numbers,
//   a % column tallied as it is written instead of read again, the units checked against the schema in
//   the same walk (core's validate/same-names.ts, percent-tally.ts, unit-text.ts): scoring bundle 74.50
//   to 75.59 KB, scoring path 103.71 to 104.80, issue sentences 7.11 to 7.16 (a message's indicator part
//   written once per column), classic script 137.13 to 138.24, npm scoring chunk 76.74 to 78.03; those
//   five budgets raised by that growth, rounded up by at most 0.05 KB.
// - issue 11, every element: the rank interval checks a result with the shape check alone and loads its
//   sentences on demand, as the map and the gauge do (the error state at once, its words when loaded),
//   instead of importing the score table's problem words with it: rank interval 4.18 to 2.56 KB, every
//   element 59.52 to 57.91; budgets lowered to 2.6 and 57.95. The classic script 137.69 to 137.73 KB
//   (the loader's wrapper; the row was over its budget on the base already, from the scoring code).
// - issue 11, every element: the scorecard's, the weights' and the trend's own copies of words the entry
//   already carries (loading, no data, the what-if banner) read from the shared STRINGS instead: every
//   element 57.91 to 57.75 KB, scorecard 9.30 to 9.19, weights 7.86 to 7.83, trend 8.28 to 8.25; budgets
//   57.75, 9.2, 7.85 and 8.25. The entry's 10 bytes more (25.39 to 25.40) are its chunk's new name.
// - issue 11, every element: the link protocol's two sides (the `context-request` event, the provider's
//   subscribers) written in link.ts instead of taken from @lit/context (its provider class, value
//   notifier and events; the dependency is gone): every element 57.75 to 57.45 KB, trend 8.25 to 7.95,
//   map 10.28 to 9.99, scorecard 9.19 to 8.90, weights 7.83 to 7.53, npm define.js 60.52 to 57.74, the
//   classic script 137.73 to 137.31; budgets 57.45, 8.0, 10.0, 8.95, 7.55, 57.75 and 137.35.
// - issue 11, every element: the what-if weights re-rank a published table with a comparator sort of
//   their own (rank-values.ts, the core's tie rules; its test checks it against the core's `rank`)
//   instead of the core's radix ranking and its two modules: every element 57.45 to 56.67 KB, weights
//   7.53 to 6.76; budgets 56.7 and 6.8. Raised, by what they measured: the classic script 137.31 to
//   137.40 and npm define.js 57.74 to 57.90 KB (budgets 137.4 and 57.9), which keep the core's ranking
//   for their scoring code beside it.
// - issue 11, every element: the trend checks a series (series-check.ts) and loads the sentences of a
//   broken one on demand (series-sentence.ts, a part of its own; the error state at once, its words when
//   loaded): trend 7.95 to 7.66 KB, every element 56.67 to 56.38, npm define.js 57.90 to 57.83; budgets
//   7.7, 56.4 and 57.85. Raised, by what they measured: the table's "Xu hướng" column, which says the
//   same sentences at once and now imports them from that part (one file more), 3.69 to 3.92 KB (budget
//   3.95), and the classic script, where the `import()` wraps the modules it reaches, 137.40 to 137.63
//   (budget 137.65).
// - issue 11: the css`…` templates without the space after a colon or a comma outside quoted strings
//   (`tightenCssParts`, scripts/minify-templates.mjs), in every sheet: entry 25.39 to 25.34 KB, every
//   element 56.38 to 56.27, rank interval 2.56 to 2.55, scorecard 8.90 to 8.88, weights 6.76 to 6.74,
//   dti-gauge.js 14.15 to 14.13, classic script 137.63 to 137.56, npm define.js 57.83 to 57.74, npm
//   league-table.js 27.57 to 27.53, npm gauge.js 16.37 to 16.34; budgets 25.35, 56.3, 2.55, 8.9, 6.75,
//   14.15, 137.6, 57.75, 27.55 and 16.35.
// - a value a unit did not report, marked in the score table (`missing`: zero, imputed, skipped) and
//   shown by the scorecard with what the rule did ("giá trị 0,0: chưa báo cáo, tính 0 điểm") instead of
//   "chưa đạt tối đa" beside a bare 0: the words are in the scorecard's own strings, the shape check's
//   sentence in its on-demand words. Measured against integ 8aea78d, built in the same worktree: the
//   scorecard 9,524 to 9,680 B (budget 9.31 to 9.46), the rank interval 4,283 to 4,339 B (it loads the
//   shape check's words; budget 4.2 to 4.25), the table of a score result 1,068 to 1,122 B (core's
//   scoreTable asks the result what the rule did; budget 1.05 to 1.1). The shape check itself adds 70 B to
//   the entry (26,104 to 26,174) and 64 to the gauge; those rows, and the scoring and npm rows, were over
//   their budgets before this change (entry 26,104 B against 25.4 KB) and are left as they were.
// - the spreadsheet reader's one reading of the dot per file ("98.123" beside "97.8" an error naming
//   both readings, core's sheets/decimal-doubts.ts), its shape check skipping total and blank rows, and
//   headers spelt with i or y ("Tỉ lệ"/"Tỷ lệ", sheets/spelling.ts): measured on the build of the branch
//   it started from, scoring bundle 77,842 to 78,762 B (+920), scoring path 107,314 to 108,228 (+914),
//   classic script 142,396 to 143,371 (+975), npm scoring chunk 80,436 to 81,437 (+1,001); issue
//   sentences unchanged. Those four budgets raised by that growth, rounded up by at most 0.05 KB.
// - ranks of two ranked sets never joined (the province page's Huế: 3rd of 63 in 2023, 2nd of 34 in
//   2024): the trend breaks its rank line where the set changes, labels each segment "/63", "/34" and
//   says which years rank among how many; the sparkline and the "Xu hướng" column say "3/63 → 2/34" and
//   read no change across sets (trend-model.ts, sparkline-marks.ts, trend-column.ts, their sentences in vi
//   and en): <dti-trend> 8.28 to 8.87 KB, "Xu hướng" column 3.70 to 4.04, every element 59.63 to 60.22;
//   those three budgets raised by that growth (every element by its 0.59, from 59.55: it was over before).
//   The classic script (139.1 to 139.5) and npm define.js (60.0 to 60.6) grew as much; both were over
//   their budgets before this change, so theirs are left for whoever brings them back under.
// - tables of published results (`source: 'published'`, the province page's): a figure not in the
//   published data is said so ("không có trong số liệu công bố") in the rank and score cells and on the
//   scorecard, and no ◐ mark, banner or coverage is shown for them (cells.ts, view-model.ts, scorecard.ts,
//   the words in vi and en): entry 25.50 to 25.59 KB (it was over before), every element 60.22 to 60.37,
//   <dti-scorecard> 9.30 to 9.36; those three budgets raised by that growth.
// - the score-table check refuses fields that disagree (shape.ts, in every element's copy): a root node's
//   value other than the unit's, a fractional rank under a stated rule of whole ranks, `rankedAmong` below
//   the number of ranked units listed; their sentences are in the on-demand words. The base these were
//   measured on (1c5e000, integ after its merges) was already over eleven budgets; measured there and
//   after (KB, three decimals): entry 25.443 to 25.584 (+144 bytes), every element 56.373 to 56.514,
//   scoring bundle 75.795 (unchanged), scoring path 104.521 to 104.661, issue sentences 7.155
//   (unchanged), dti-gauge.js 14.183 to 14.337, classic script 138.937 to 139.342, npm define.js 57.831
//   to 58.000, npm scoring chunk 78.549 (unchanged), npm league-table.js 27.617 to 27.789, npm gauge.js
//   16.390 to 16.563; budgets set to what was measured after, rounded up to the next 0.01 KB: 25.59,
//   56.52, 75.8, 104.67, 7.16, 14.34, 139.35, 58, 78.55, 27.79 and 16.57. Then a long sheet's blank
//   value named at its cell (core's sheet reader records it): scoring bundle 75.794 to 75.811, scoring
//   path 104.661 to 104.678, classic script 139.342 to 139.357, npm scoring chunk 78.549 to 78.574;
//   budgets 75.82, 104.68, 139.36 and 78.58.
// - this stop's merged work, measured together on its integrated branch (every budget set from what it
//   measures, rounded up to the next 0.05 KB): entry 25.75 KB (25.93 before: the large table's sorts on
//   demand, one pass of the shape check, terser and CSS trims, less the new refusals of contradictory
//   tables and the indicator values' `missing` mark), every element 57.69 (60.07: the link protocol
//   without @lit/context, the what-if ranking without the core's, sentences on demand), rank interval
//   2.77, trend 8.23 (ranks of two sets never one line), scorecard 9.10 (what the missing-value rule did),
//   "Xu hướng" column 4.26, scoring bundle 77.02 and scoring path 106.05 (validation in one walk, a
//   number's dot read one way per file, i/y header spellings, a dataset prepared elsewhere checked again),
//   classic script 141.70, npm define.js 59.22, scoring chunk 79.87, league-table.js 28.01, gauge.js 16.63.
// - the map says a published table's unit without a value is "không có trong số liệu công bố" (not "chưa
//   có dữ liệu", as if the province had reported nothing), with its published rank, in the tooltip, the
//   hidden table and the legend: map 9.97 to 10.06 KB, every element 57.78, npm define.js 59.28.
// - the scorecard no longer counts an indicator the missing-value rule left out ("skip") as points lost: it
//   names it on a line of its own ("Không tính: … trọng số được chia cho các chỉ số còn lại") and counts the
//   other indicators' losses on their re-weighted points, as explain() does. Measured from 23dca4a:
//   scorecard 9,314 to 9,701 B (9.47 KB), every element 58.16, classic script 142.05, npm define.js 59.63;
//   those four budgets raised by that growth (the words are in the scorecard's own chunk, not the entry).
// - units that share a name (the communes' four "Xã Long Phú") show their parent, else their id, after the
//   name: the entry only tells whether a table's names repeat (a pass once per table) and asks the notices
//   chunk, which loads only for such a table, for what tells them apart. Measured: entry 25.746 to 25.845 KB,
//   notices 2.013 to 2.208, every element 58.16 to 58.25, scoring path 106.15, classic script 142.29, npm
//   define.js 59.92, npm league-table.js 28.28; those budgets raised by that growth.
// - <dti-rank-interval> lists each of the analysis' warnings whole (the degenerate-scenario sentence: which
//   assumptions, how many runs, why, what became of them), not only the count of runs left out: rank
//   interval 2.772 to 2.851 KB, every element 58.25 to 58.34, classic script 142.33, npm define.js 60.00,
//   scoring path 106.154 (the entry's chunk names, 5 B); those budgets raised by that growth. With the list
//   in a function of its own: rank interval 2.859, npm define.js 60.012, and the entry 25.851 (26,471 B: the
//   hashed names of the chunks it imports, no code of its own changed), budgets 60.05 and 25.9.
// - a framework whose siblings weigh on two scales (a `weight` beside siblings with `points` only, which
//   the mean compared as one number) refused naming the child, in vi and en (core's mixed-weights.ts, in
//   framework validation): npm scoring chunk 79.87 to 80.19 KB, budget raised to 80.2; measured with the
//   widgets rebuilt on it (and <dti-weights> putting the official ranking back when every weight is 0,
//   a few bytes): scoring bundle 77.02 to 77.35, scoring path 106.05 to 106.38, classic script 141.74 to
//   142.07; budgets 77.4, 106.4 and 142.1.
// - <dti-gauge> asks about value="2.528" in a Vietnamese page (2528 or 2.528?) instead of drawing 2,53,
//   and says a published table's unit without a value is "không có trong số liệu công bố" with its
//   published rank instead of "Chưa có số liệu" (the sentences in the gauge's on-demand part): entry
//   25.75 to 25.89 KB, every element 57.78 to 57.94, scoring path 106.38 to 106.53, dti-gauge.js 14.40
//   to 14.56, classic script 142.07 to 142.47, npm define.js 59.29 to 59.46, npm gauge.js 16.63 to
//   16.80; those budgets raised by that growth, rounded up to the next 0.05 KB.
// - issue 13, the page entry, goal met: what only a broken table, a gauge's own bands, parents or a sort
//   by name need leaves it. The shape check marks a unit whose fields are not as they must be, and the
//   sentences (shape-words.ts, loaded for a broken table) name those fields; the reading of a gauge's
//   `bands` attribute loads with its problem sentences (bands.ts); the Vietnamese collation and the
//   ranks within a parent are the names part (names.ts), which the table awaits with data that has
//   parents or peer groups, and before a sort by name (names-portal.ts, in the portal bundle only).
//   Measured in bytes gzip: entry 26,366 to 25,587 (25.75 to 24.99 KB, budget 25), every element 57.78
//   to 57.03, scoring path 106.05 to 105.29, dti-gauge.js 14.40 to 14.09, npm define.js 59.28 to 59.12,
//   npm league-table.js 28.01 to 27.98, npm gauge.js 16.63 to 16.31: budgets lowered to those. The
//   names part is 0.95 KB (a new row, budget 1). The classic script has everything inside, with the code
//   that joins the parts: 141.74 to 141.94 KB (budget 141.95).
// - a long sheet (unit, indicator, value) whose rows of one id name two units ("Xã Một", then "Xã Hai"),
//   read as one unit's values without a word, refused naming both cells and names in vi and en (core's
//   unit-row.ts): scoring bundle 77.35 to 77.67 KB, scoring path 106.53 to 106.85, classic script 142.47
//   to 142.77, npm scoring chunk 80.19 to 80.53; those budgets raised by that growth (next 0.05 KB).
//   The English message of a long sheet's unknown indicator naming its unit, as the Vietnamese did: a
//   few bytes, scoring path 106.848 to 106.851 KB, budget 106.9.
// - coverage leaves out an indicator the framework skips when missing that no unit of the file reported
//   (the template's six district-level ones in a communes file), so a commune that reported its 15 is not
//   marked partial; the template's notes say so: scoring bundle 77.06 KB, scoring path 106.154 to 106.254
//   (with the template's longer notes), classic script 142.33 to 142.46; those budgets raised by that growth.
// - the what-if ranking sorts each peer group with the native sort of packed numbers (rank-values.ts:
//   the values are rounded to the framework's precision) instead of a comparator: a move of a weight
//   re-ranks the 3,321 communes in 0.29 ms instead of 0.73 (issue 11, one frame per move). Measured (KB,
//   three decimals): <dti-weights> 6.744 to 6.890, every element 57.785 to 57.925, classic script
//   141.735 to 141.876, npm define.js 59.280 to 59.423; budgets 6.9, 57.95, 141.9 and 59.45.
// - every budget re-measured after merging the branches of this round (the scoring chunk holds the new
//   framework, crosswalk and long-sheet checks, the units as columns; the entry holds the repeated-name test
//   and the gauge's doubt about "2.528"), each set to the measured value rounded up to the next 0.05 KB.
// - issue 13 again after merging the branches: what the gauge says about troubled inputs (which trouble
//   comes first, "2.528" asked about, a published table's unit without a value, corrected attributes)
//   is decided in its problems part (troubled.ts); the mark after a repeated name is drawn by the notices
//   part (twins.ts), which also counts the units ranked on partial data (partial-count.ts: a table with
//   any loads the notices before it shows). Entry 25,846 to 25,623 bytes (25.24 to 25.02 KB), every
//   element 57.53, scoring path 106.09, notices 2.24 to 2.39, dti-gauge.js 14.15, npm define.js 59.75,
//   league-table.js 28.12, gauge.js 16.37.
// - issue 13 met again: the portal's split build lets terser write `String(x)` as `x+""`, templates as
//   concatenation and drop unused trailing parameters (scripts/bundle.mjs: `unsafe`, no `keep_fargs`;
//   none of the widgets' or the core's values has a `valueOf` of its own, no code reads a function's
//   `length`), CSS numbers lose their leading zero (`.5rem`), and the table's words no longer repeat the
//   gauge's "Chưa có số liệu" / "No data" they already hold. Entry 25,625 to 25,543 bytes (25.025 to
//   24.944 KB), budget 24.95 (the goal 25 met); every element 57.675 to 57.521. The notices (2.397 KB)
//   and the classic script (145.201 KB) were over their budgets on the merged branch before this change
//   (2.393 and 145.217 KB, from the merges): budgets 2.45 and 145.25 then, each measured + up to 0.05.
//   Then the league table's inner state (`_model`, `_sortKey`, `_order`) in one letter each in the split
//   build (esbuild's mangleProps): entry 24.944 to 24.931 KB (25,530 bytes), budget 24.95.
//   Then the theme's private tokens one letter each in the portal bundles (`var(--_muted)` → `var(--_m)`,
//   scripts/minify-templates.mjs `shortTokens`; the public `--dti-…` properties keep their names, the npm
//   build keeps the tokens as written): entry 24.931 to 24.902 KB (25,500 bytes, budget 24.95), every
//   element 57.39, notices 2.390 (budget 2.4), classic script 145.143 (budget 145.15).
// Every budget re-measured after merging the branches (the scoring bundle, the classic script and the npm
// scoring chunk had grown past theirs with the core's merged reading work): each is the measured value
// rounded up to the next 0.05 KB, at least 0.005 KB above it.
// - this branch's base (integ d0a53e8) measured already over four budgets before any change here, from
//   work merged since they were set: scoring bundle 78.1 KB, scoring path 106.6, classic script 144.1,
//   npm scoring chunk 81.0. Then, all in the scoring code: a count cell formatted as a percentage
//   ("50%" storing 0.5) said with both readings, vi and en (core's sheets/percent-format.ts; 0.3-0.4 KB
//   each: 78.4, 107.0, 144.4, 81.4), and a framework whose children carry weights and points out of
//   proportion refused (validate/mixed-weights.ts; 0.3-0.4 KB each). Measured with both: scoring bundle
//   78.80 KB, scoring path 107.32, classic script 144.72, npm scoring chunk 81.76; budgets 0.05 above.
//   The scoring code has no size goal: correctness first.
// - the map's legend explains the accent in which it draws a scored unit without a tier ("có điểm, chưa
//   xếp loại" / "scored, no tier": the province page's published results have values but no tiers, and
//   their tiles were coloured with no legend entry), and a tier without a colour shows that accent, not
//   the "no data" hatch: <dti-map> 10.064 to 10.175 KB, every element 57.887 to 58.004, classic script
//   145.037 to 145.143, npm define.js 60.146 to 60.282; those budgets raised by that growth (next 0.05 KB).
// - a prepared dataset's units and unit columns are frozen (an assignment into them throws instead of
//   being ignored by the scores), and a long sheet's unit named with two spaces on one row is the same
//   unit: measured (KB, three decimals) scoring bundle 78.991, scoring path 107.572, classic script
//   145.094, npm scoring chunk 82.010, each over its budget by less than 0.07; budgets 79.0, 107.6,
//   145.1 and 82.05 (the measured value rounded up to the next 0.05 KB).
// - repeated names are found with each run of spaces read as one ("Xã Long  Phú"): classic script 145.094
//   to 145.104 KB, budget 145.15; the notices part 2.227, within its 2.25.
// - every element's budget 57.55: a fresh clone's build measured 57.505 KB where this tree's measured 57.491
//   (the hashed chunk names the files import differ between builds by a few bytes of gzip).
// - issue 11, what every element downloads: the map's tile layouts (34 and 63 provinces) packed as text,
//   one line per grid row (tile-layouts.ts), 0.14 KB on the map; in the split build, the elements' own
//   state (`_focus`, `_tip`, `_inline`, `_fromResult`, `_active`, `_weights`, `_announce`) and the fields
//   of the map's, trend's and scorecard's own view objects one letter each (esbuild's mangleProps,
//   scripts/bundle.mjs), 0.07 KB more. Measured (KB, three decimals): every element 57.516 to 57.277,
//   <dti-map> 10.126 to 9.934, <dti-trend> 8.202 to 8.187, classic script 145.979 to 145.868, npm
//   define.js 60.005 to 59.841; budgets set to the measured value rounded up to the next 0.05 KB (57.3,
//   9.95, 8.2, 145.9, 59.85). The goal of 45 KB stays missed, by about 12 KB: the five elements' files
//   hold little that is written twice (their strings, styles and code are each element's own), and
//   what they share is in chunks of a few hundred bytes to 1.2 KB. Gzipped as one file, the five
//   elements with what they share would weigh about 27.3 KB instead of 32.4 (the entry 24.9 more), still
//   over the goal; putting elements that appear together in one file (the scorecard, the weights and the
//   rank interval; the map and the trend) saves about 2.6 KB on a page with every element, but a page
//   with one of them would load the others too (the rank interval alone 2.8 to about 14 KB), which is
//   a choice for the issue, not made here.
// - issue 11, the scorecard on paper: its print rules (the light palette whatever the theme, no page
//   break inside a fact, the pillars' table or the tier bar, the screen hint hidden) and the print-only
//   line naming the framework and the data's address. Measured (KB, three decimals) against the same
//   tree without them: <dti-scorecard> 9.405 to 9.692, every element 57.266 to 57.556, classic script
//   145.868 to 146.112, npm define.js 59.841 to 60.108; budgets set to the measured value rounded up to
//   the next 0.05 KB (9.7, 57.6, 146.15, 60.15).
// - no silent reading (branch defects): in the scoring code, the "… N more of the same kind" issue names
//   the kind in words, vi and en (core's validate/issue-kinds.ts, shared with the CLI), the rows above a
//   sheet's header and the sheet read in place of the tab a workbook opens on are said, and "co"/"khong"
//   are read as yes/no, and a CSV title line no longer hides the delimiter: scoring bundle 79.7 to 81.679
//   KB, scoring path 109.997, classic script 148.208, npm scoring chunk 84.645 (about 1.95 KB each, most
//   of it the two word tables). In the entry, an
//   unknown `locale` ("fr") is said once per element in the console, and a <dti-gauge for> is checked
//   (its note is in the gauge's problems part): entry 24.980 KB, within the 25 KB goal; every element
//   57.572, dti-gauge.js 14.192, npm define.js 60.106, league-table.js 28.211, gauge.js 16.449. Budgets
//   the measured value rounded up to the next 0.05 KB; the entry's is the goal, 25.0.
// - the table tells whether names repeat reading most names as they are (no NFC of 100,000 names before
//   a large table's first frame) and folds runs of white space in them as core's twinNames does, and
//   starts loading its parts (names, notices) as soon as its data is known, while the previous period
//   loads: the entry 25,508 to 25,571 bytes, every element 58,886 to 58,954, the scoring path 110,503 to
//   110,564, the classic script 149,482 to 149,535, npm define.js 61,445 to 61,510, npm league-table.js
//   28,811 to 28,881; budgets 24.98, 57.58, 107.98, 146.04, 60.07 and 28.21 KB (what was measured,
//   rounded up to the next 0.01 KB; the entry stays within issue 13's 25 KB goal).
// - every element on paper in the light palette whatever its theme (the shared tokens' dark rules scoped
//   to screen, not a print rule restating the palette): the entry 25,639 to 25,643 bytes, the other
//   scripts holding the tokens (classic, npm define.js, league-table.js, gauge.js) 6 or 7 bytes each;
//   the on-demand elements' rows unchanged within a few bytes. No budget raised: the entry was over its 25.0 KB budget on the merged branch before this
//   (25,639 bytes, with the scoring rows, the CSV writer, the classic script and the npm rows), which is
//   for whoever finds the bytes, not a reason to raise it here.
// - the merged stop: the entry back to 24.959 KB (25,558 bytes: the twin-name key in fewer bytes, no
//   console warning for an unknown locale); the scoring rows grew with the reader's hand-off of its id
//   index to validation, the one-pass typed-column checks and the CSV writer's number text, on top of
//   the word tables above: scoring bundle 82.452, scoring path 110.753, classic script 149.327, npm
//   scoring chunk 85.640, CSV writer 1.026 KB. Every budget set to the value measured on the merged
//   branch rounded up to the next 0.05 KB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSize, weighApp, weighBuilt } from './page-weight.mjs';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const KB = 1024;

const sizes = new Map();
/** Gzipped bytes of files in dist/cdn, each file counted once. */
const weigh = (files) =>
  [...new Set(files)].reduce((total, file) => {
    if (!sizes.has(file)) sizes.set(file, gzipSize(readFileSync(join(cdn, file))));
    return total + sizes.get(file);
  }, 0);

const lazyPart = (weight, prefix) => {
  const part = weight.lazy.find((l) => l.chunk.split('/').pop()?.startsWith(prefix));
  if (!part) throw new Error(`${weight.entry}: no chunk ${prefix}… behind import()`);
  return part;
};

const [widgets, gauge, classic] = await weighBuilt(cdn, ['dti-widgets.js', 'dti-gauge.js', 'dti-widgets.classic.js']);
const scoring = lazyPart(widgets, 'dti-scoring-');
const sentences = lazyPart(widgets, 'dti-issue-sentences-');
const csv = lazyPart(widgets, 'dti-csv-');
const trendColumn = lazyPart(widgets, 'dti-sparkline-column-');
const fromResult = lazyPart(widgets, 'dti-from-result-');
const unreadable = lazyPart(widgets, 'dti-unreadable-');
const notices = lazyPart(widgets, 'dti-notices-');
const largeTable = lazyPart(widgets, 'dti-large-table-');
const names = lazyPart(widgets, 'dti-names-');
const elements = {
  'rank-interval': lazyPart(widgets, 'dti-rank-interval-'),
  trend: lazyPart(widgets, 'dti-trend-'),
  map: lazyPart(widgets, 'dti-map-'),
  scorecard: lazyPart(widgets, 'dti-scorecard-'),
  weights: lazyPart(widgets, 'dti-weights-'),
};
// - a decimal comma split by the comma delimiter found in more layouts (core's split-shape.ts, its
//   sentences in vi and en) and ids wholly in Cyrillic or Greek beside their Latin twins: measured from
//   f0ed9f3, scoring bundle 73.2 to 74.0 KB, scoring path 102.2 to 103.0, classic script 135.5 to 136.3,
//   npm scoring chunk 75.2 to 76.1; those four budgets raised by that growth (the rows were over before).
// The geo path on a page that shows a map: the map and what it imports are there already.
const geoAll = lazyPart(widgets, 'dti-geo-');
const geo = { files: geoAll.files.filter((f) => !elements.map.files.includes(f)) };
geo.bytes = weigh(geo.files);
// A page with every element: the entry, each element's file and their static imports, each file once.
const everyElement = [...widgets.files, ...Object.values(elements).flatMap((e) => e.files)];
const presets = widgets.lazy.filter((l) => /^dti-dti-|^dti-(service-index|self-assessment)/u.test(l.chunk));
if (presets.length === 0) throw new Error('no preset chunk found behind import()');
const largestPreset = Math.max(...presets.map((l) => l.bytes));
const app = {
  all: await weighApp("import './dist/define.js';", pkg),
  table: await weighApp("export * from './dist/league-table/league-table.js';", pkg),
  gauge: await weighApp("export * from './dist/gauge/gauge.js';", pkg),
};

/** @type {[string, number, number, number, number?][]} label, files, bytes, budget in KB, the issue's goal in KB */
const { 'rank-interval': rankInterval, trend, map, scorecard, weights } = elements;
const rows = [
  ['dti-widgets.js + static imports (every page)', widgets.files.length, widgets.bytes, 25.0, 25],
  ['every element: entry + 5 on-demand elements', new Set(everyElement).size, weigh(everyElement), 57.65, 45],
  ['  <dti-rank-interval>, import() when one appears', rankInterval.files.length, rankInterval.bytes, 2.85, 15],
  ['  <dti-trend>, import() when one appears', trend.files.length, trend.bytes, 8.2, 15],
  ['  <dti-map>, import() when one appears', map.files.length, map.bytes, 9.95, 15],
  ['    geo path, import() with geo-src (d3-geo, topojson)', geo.files.length, geo.bytes, 6.15, 20],
  ['  <dti-scorecard>, import() when one appears', scorecard.files.length, scorecard.bytes, 9.7, 15],
  ['  <dti-weights>, import() when one appears', weights.files.length, weights.bytes, 6.9, 15],
  ['  scoring bundle, import() (raw data + framework)', scoring.files.length, scoring.bytes, 82.5],
  ['  scoring path: entry + scoring + largest preset', 0, widgets.bytes + scoring.bytes + largestPreset, 110.8],
  ['  issue sentences, import() (issues of the page)', sentences.files.length, sentences.bytes, 7.05],
  ['  CSV writer, import() on the export click', csv.files.length, csv.bytes, 1.05],
  ['  "Xu hướng" column, import() with trend-src', trendColumn.files.length, trendColumn.bytes, 4.25],
  ['  table of a score result, import() (result given)', fromResult.files.length, fromResult.bytes, 1.15],
  ['  why a source could not be read, import() on failure', unreadable.files.length, unreadable.bytes, 2.1],
  ['  the table’s notices, import() (warnings, parent)', notices.files.length, notices.bytes, 2.45],
  ['  a large table’s sorts, import() (over 2,000 units)', largeTable.files.length, largeTable.bytes, 0.95],
  ['  names part, import() (parents, a sort by name)', names.files.length, names.bytes, 0.95],
  ['dti-gauge.js + static imports', gauge.files.length, gauge.bytes, 14.15],
  ['dti-widgets.classic.js (all in one, scoring inside)', classic.files.length, classic.bytes, 149.35],
  ['npm, bundled: define.js + static imports', app.all.files.length, app.all.bytes, 60.35],
  ['  scoring chunk, import()', 0, lazyPart(app.all, 'load-').bytes, 85.65],
  ['npm, bundled: league-table.js + static imports', app.table.files.length, app.table.bytes, 28.35],
  ['npm, bundled: gauge.js + static imports', app.gauge.files.length, app.gauge.bytes, 16.4],
];

const problems = [];
for (const w of [widgets, gauge, classic]) {
  if (w.external.length > 0)
    problems.push(`${w.entry} imports bare specifiers a browser cannot resolve: ${w.external}`);
}
// Lit's development build warns in the console and is larger; bundles must resolve its production build.
for (const [name, bundle] of Object.entries(app)) {
  if (bundle.text.includes('in dev mode')) problems.push(`npm bundle (${name}) contains Lit's development build`);
}
const moduleFiles = new Set([...widgets.files, ...widgets.lazy.flatMap((l) => l.files)]);
for (const file of new Set([...moduleFiles, ...gauge.files, ...classic.files])) {
  if (readFileSync(join(cdn, file), 'utf8').includes('in dev mode'))
    problems.push(`${file} contains Lit's development build`);
}
// One copy of Lit for a page with every element (each copy records its version in this global).
const litCopies = [...moduleFiles].filter((f) => readFileSync(join(cdn, f), 'utf8').includes('litHtmlVersions'));
if (litCopies.length !== 1 || !widgets.files.includes(litCopies[0] ?? ''))
  problems.push(`Lit should be in one file the entry loads, found in: ${litCopies.join(', ') || 'none'}`);

console.log('what a page downloads                                files   gzip KB   budget   goal');
for (const [label, files, bytes, budget, goal] of rows) {
  const ok = bytes <= budget * KB;
  if (!ok) problems.push(`${label.trim()}: ${(bytes / KB).toFixed(1)} KB gzip, over the budget of ${budget} KB`);
  const missed = goal !== undefined && bytes > goal * KB ? '  goal missed' : '';
  console.log(
    `${ok ? '✓' : '✗'} ${label.padEnd(51)} ${files ? String(files).padStart(5) : '     '} ${(bytes / KB).toFixed(1).padStart(9)} ${`${budget}`.padStart(8)} ${goal === undefined ? '      ' : `${goal}`.padStart(6)}${missed}`,
  );
}
for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length > 0) process.exit(1);
