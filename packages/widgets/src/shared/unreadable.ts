// Why a source could not be read, in the page's language. Loaded with `import()` only once a fetch or
// JSON.parse has failed: a page whose data loads never downloads these sentences or the JSON scanner.
import type { Locale } from './locale.js';

export { notJsonMessage } from './json-syntax.js';

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
