import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitepress';
import { perfFigures } from '../scripts/perf-format.mjs';
import { widgetsRelease } from '../scripts/widgets-release.mjs';

// The documentation site: Vietnamese at the root, English under /en/. The widgets on the pages are the
// real elements, loaded by the theme; Vue leaves every <dti-…> tag to them.
export default defineConfig({
  title: 'DTI Kit',
  cleanUrls: true,
  lastUpdated: false,
  // The API reference is TypeDoc's HTML, generated into public/api at build time.
  ignoreDeadLinks: [/^\/api/u],
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dti-') } } },
  vite: {
    // Lit's `declare` fields must not be redefined as class fields.
    esbuild: { target: 'es2022', tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } } },
    server: { host: '127.0.0.1' },
    // The playground's reader is a module worker; the core loads presets with import(), which needs chunks.
    worker: { format: 'es' },
    // The language switch goes to a page's translation, whose slug differs (counterparts.ts).
    resolve: {
      alias: [
        {
          find: /^\.{1,2}\/composables\/langs(\.js)?$/u,
          replacement: fileURLToPath(new URL('./counterpart-langs.ts', import.meta.url)),
        },
      ],
    },
  },
  head: [
    ['meta', { name: 'theme-color', content: '#0b3d6e' }],
    ['link', { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }],
    ['link', { rel: 'icon', href: '/favicon.png', type: 'image/png', sizes: '32x32' }],
    ['link', { rel: 'apple-touch-icon', href: '/apple-touch-icon.png' }],
  ],
  // `%DTI_WIDGETS_VERSION%` and the download's name and size in the pages (scripts/widgets-release.mjs).
  // `%PERF:…%`: the measured figures of the performance pages (perf/figures.json, scripts/perf-format.mjs).
  markdown: { config: (md) => md.use(widgetsRelease).use(perfFigures) },
  locales: {
    root: {
      label: 'Tiếng Việt',
      lang: 'vi',
      description: 'Chấm điểm, xếp hạng và hiển thị chỉ số chuyển đổi số (DTI) của cơ quan nhà nước.',
      themeConfig: {
        nav: [
          { text: 'Bắt đầu', link: '/bat-dau' },
          { text: 'Nhúng vào cổng thông tin', link: '/nhung-widget' },
          { text: 'Phương pháp', link: '/phuong-phap' },
          { text: 'Thử nghiệm', link: '/thu-nghiem' },
          { text: 'API', link: '/api/index.html', target: '_self' },
        ],
        sidebar: [
          {
            text: 'Hướng dẫn',
            items: [
              { text: 'DTI Kit là gì', link: '/' },
              { text: 'Bắt đầu (3 đối tượng)', link: '/bat-dau' },
              { text: 'Nhúng vào cổng thông tin', link: '/nhung-widget' },
              { text: 'Trang ví dụ', link: '/trang-vi-du' },
              { text: 'Thứ hạng chắc chắn đến đâu?', link: '/do-tin-cay' },
              { text: 'Thử nghiệm trực tuyến', link: '/thu-nghiem' },
            ],
          },
          {
            text: 'Tài liệu tham khảo',
            items: [
              { text: 'Phương pháp tính', link: '/phuong-phap' },
              { text: 'Định dạng tệp bộ chỉ số', link: '/dinh-dang-bo-chi-so' },
              { text: 'Bộ chỉ số có sẵn và dữ liệu mẫu', link: '/bo-chi-so-co-san' },
              { text: 'Nhập số liệu từ bảng tính', link: '/bang-tinh' },
              { text: 'Hiệu năng và quy mô', link: '/hieu-nang' },
              { text: 'API (TypeDoc)', link: '/api/index.html', target: '_self' },
            ],
          },
        ],
        outline: { label: 'Trên trang này' },
        docFooter: { prev: 'Trang trước', next: 'Trang sau' },
        darkModeSwitchLabel: 'Giao diện',
        sidebarMenuLabel: 'Mục lục',
        returnToTopLabel: 'Lên đầu trang',
        langMenuLabel: 'Ngôn ngữ',
      },
    },
    en: {
      label: 'English',
      lang: 'en',
      link: '/en/',
      description: 'Score, rank and show digital-transformation indices of government units.',
      themeConfig: {
        nav: [
          { text: 'Quick start', link: '/en/quick-start' },
          { text: 'Embedding', link: '/en/embedding' },
          { text: 'Methodology', link: '/en/methodology' },
          { text: 'Playground', link: '/en/playground' },
          { text: 'API', link: '/api/index.html', target: '_self' },
        ],
        sidebar: [
          {
            text: 'Guide',
            items: [
              { text: 'What DTI Kit is', link: '/en/' },
              { text: 'Quick start', link: '/en/quick-start' },
              { text: 'Embedding in a portal', link: '/en/embedding' },
              { text: 'Example pages', link: '/en/example-pages' },
              { text: 'How sure is a rank?', link: '/en/robustness' },
              { text: 'Playground', link: '/en/playground' },
            ],
          },
          {
            text: 'Reference',
            items: [
              { text: 'Methodology', link: '/en/methodology' },
              { text: 'Framework format', link: '/en/framework-format' },
              { text: 'Presets and data', link: '/en/presets' },
              { text: 'Spreadsheets', link: '/en/spreadsheets' },
              { text: 'Performance and scale', link: '/en/performance' },
              { text: 'API (TypeDoc)', link: '/api/index.html', target: '_self' },
            ],
          },
        ],
      },
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        locales: {
          root: {
            translations: {
              button: { buttonText: 'Tìm kiếm', buttonAriaLabel: 'Tìm kiếm' },
              modal: {
                noResultsText: 'Không tìm thấy',
                resetButtonTitle: 'Xóa',
                footer: { selectText: 'chọn', navigateText: 'di chuyển', closeText: 'đóng' },
              },
            },
          },
        },
      },
    },
  },
});
