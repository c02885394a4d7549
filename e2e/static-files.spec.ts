import { expect, test } from './fixtures'

// The server serves the build as a production host following Vite's guide would
// (scripts/vite/immutable-assets.ts): a returning visitor's browser asks again for nothing whose
// name carries its content's hash, and always for the files whose names never change.

test('hashed build files are immutable; index.html and the service worker scripts are revalidated', async ({
  request,
}) => {
  const index = await request.get('./')
  expect(index.headers()['cache-control']).toBe('no-cache')
  // The page registers service-worker.js, which imports MSW's mockServiceWorker.js.
  for (const worker of ['./service-worker.js', './mockServiceWorker.js']) {
    const response = await request.get(worker)
    expect(response.status(), worker).toBe(200)
    expect(response.headers()['cache-control'], worker).toBe('no-cache')
  }

  const assets = [...(await index.text()).matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map(
    ([, path]) => path!,
  )
  expect(assets.length, 'index.html names the entry script and its style sheet').toBeGreaterThan(1)
  for (const path of assets) {
    const asset = await request.get(path)
    expect(asset.status(), path).toBe(200)
    expect(asset.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable')
  }
})
