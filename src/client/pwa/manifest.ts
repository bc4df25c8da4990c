import type { ManifestOptions } from 'vite-plugin-pwa';

/** The web app manifest: what the phone needs to install Pintu to the home screen. */
export const manifest: Partial<ManifestOptions> = {
  name: 'Pintu: Vaksinasi Pintu ke Pintu Kota Bekasi',
  short_name: 'Pintu',
  description:
    'Pendataan vaksinasi COVID-19 dari rumah ke rumah oleh relawan RT/RW Kota Bekasi, juga tanpa sinyal.',
  // A stable identity, so a later change of start_url does not make it another app.
  id: '/',
  lang: 'id',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'portrait',
  theme_color: '#0f766e',
  background_color: '#ffffff',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    {
      src: '/icons/icon-maskable-512.png',
      sizes: '512x512',
      type: 'image/png',
      purpose: 'maskable',
    },
  ],
  shortcuts: [
    {
      name: 'Tambah rumah tangga',
      short_name: 'Tambah rumah',
      url: '/rumah/baru',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};
