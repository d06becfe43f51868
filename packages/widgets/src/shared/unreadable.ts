// Why a source could not be read, in the page's language. Loaded with `import()` only once a fetch or
// JSON.parse has failed: a page whose data loads never downloads these sentences or the JSON scanner.

import { notJsonMessage } from './json-syntax.js';
import type { Locale } from './locale.js';

/** What a status adds to the sentence: the common ones in words, the others by their code alone. */
const STATUS: Record<Locale, (status: number) => string> = {
  vi: (s) =>
    s === 404
      ? ' (không có tệp ở địa chỉ này)'
      : s === 401 || s === 403
        ? ' (không được phép đọc tệp)'
        : s >= 500
          ? ' (lỗi phía máy chủ)'
          : '',
  en: (s) =>
    s === 404
      ? ' (there is no file at this address)'
      : s === 401 || s === 403
        ? ' (reading it is not allowed)'
        : s >= 500
          ? ' (the server failed)'
          : '',
};

/**
 * Why a page opened from a file (file://) could not read `url`: browsers refuse it any read of another
 * file. Says what to do: paste the JSON inside the element `into` reads it from (if one does), or open
 * the page from a web server.
 *
 * @example fileUrlMessage('ket-qua.json', 'en') // → 'Could not load ket-qua.json: a page opened from a file (file://) may not read other files. Open the page from a web server (http://).'
 */
export function fileUrlMessage(url: string, locale: Locale, into?: string): string {
  return locale === 'vi'
    ? `Không tải được ${url}: trang mở từ tệp (file://) không được đọc tệp khác. Hãy ${into ? `dán JSON vào trong thẻ <${into}>, hoặc ` : ''}mở trang qua máy chủ web (http://).`
    : `Could not load ${url}: a page opened from a file (file://) may not read other files. ${into ? `Paste the JSON inside <${into}>, or open` : 'Open'} the page from a web server (http://).`;
}

/**
 * Why `url` could not be fetched, in `locale`: the HTTP status the server answered, or, with no status,
 * that no response came. Never the browser's own text ("Failed to fetch", a server's "Not Found"), which
 * is English and differs from browser to browser.
 *
 * @example fetchFailure('/khong-co.json', 404, 'vi') // → 'Không tải được /khong-co.json: máy chủ trả về mã HTTP 404 (không có tệp ở địa chỉ này).'
 */
export function fetchFailure(url: string, status: number | undefined, locale: Locale): string {
  if (status === undefined)
    return locale === 'vi'
      ? `Không tải được ${url}: không nhận được phản hồi từ máy chủ (mất mạng, sai địa chỉ, hoặc máy chủ không cho trang này đọc tệp — CORS).`
      : `Could not load ${url}: no response from the server (the network is down, the address is wrong, or the server does not let this page read it — CORS).`;
  return locale === 'vi'
    ? `Không tải được ${url}: máy chủ trả về mã HTTP ${status}${STATUS.vi(status)}.`
    : `Could not load ${url}: the server answered HTTP ${status}${STATUS.en(status)}.`;
}

/**
 * Why what `url` answered cannot be read: it is a web page (HTML), not data, as a server's "not found"
 * page or a portal's sign-in page served with status 200 is. Names the URL, in `locale`.
 *
 * @example webPageMessage('/du-lieu/diem', 'vi') // → 'Không đọc được /du-lieu/diem: địa chỉ này trả về một trang web (HTML), không phải dữ liệu. Hãy kiểm tra lại địa chỉ.'
 */
export function webPageMessage(url: string, locale: Locale): string {
  return locale === 'vi'
    ? `Không đọc được ${url}: địa chỉ này trả về một trang web (HTML), không phải dữ liệu. Hãy kiểm tra lại địa chỉ.`
    : `Could not read ${url}: the address returned a web page (HTML), not data. Check the address.`;
}

/** Text that begins with a tag: markup, which data (JSON, CSV, a workbook) never begins with. */
const MARKUP = /^\uFEFF?\s*</u;

/**
 * Why `text`, read from `source`, is not JSON, in `locale`: a web page when a URL answered with markup
 * (a portal's page at a wrong address), else where the JSON breaks ({@link notJsonMessage}). A URL
 * never begins with "<"; the block pasted in the page is named by its tag, `<script …>`, and markup
 * pasted there is said to be not JSON, where it breaks.
 *
 * @example notDataMessage('<!DOCTYPE html>…', '/diem.json', 'en') // → 'Could not read /diem.json: the address returned a web page (HTML), not data. Check the address.'
 */
export function notDataMessage(text: string, source: string, locale: Locale): string {
  return !source.startsWith('<') && MARKUP.test(text)
    ? webPageMessage(source, locale)
    : notJsonMessage(text, source, locale);
}

/**
 * Whether `url` is a file on disk, read from a page opened from a file: browsers refuse such reads.
 *
 * @example isFileRead('ket-qua.json') // → true on a page opened from file:///…/trang.html
 */
export function isFileRead(url: string): boolean {
  try {
    return document.baseURI.startsWith('file:') && new URL(url, document.baseURI).protocol === 'file:';
  } catch {
    return false;
  }
}
