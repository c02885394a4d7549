import { join } from 'node:path'
import { test, type Page } from '@playwright/test'
import { demoFolder } from './demo-output'

const counters = new WeakMap<Page, number>()

/**
 * Marks a step of a demo: shows its title as a caption on the page (so the video tells the story
 * too) and writes the screenshot `NN-title.png` into the demo's folder, numbered in order.
 */
export async function demoStep(page: Page, title: string): Promise<void> {
  const number = (counters.get(page) ?? 0) + 1
  counters.set(page, number)
  const file = `${String(number).padStart(2, '0')}-${slug(title)}.png`
  await test.step(`${number}. ${title}`, async () => {
    await showCaption(page, `${number}. ${title}`)
    await page.screenshot({ path: join(demoFolder(test.info()), file) })
  })
}

function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** A caption at the bottom; pointer-events: none, so it never takes a click meant for the app. */
async function showCaption(page: Page, text: string): Promise<void> {
  await page.evaluate((caption) => {
    const id = 'demo-caption'
    const element = document.getElementById(id) ?? document.body.appendChild(document.createElement('div'))
    element.id = id
    element.setAttribute('aria-hidden', 'true')
    element.textContent = caption
    Object.assign(element.style, {
      position: 'fixed',
      left: '50%',
      bottom: '16px',
      transform: 'translateX(-50%)',
      zIndex: '2147483647',
      pointerEvents: 'none',
      padding: '8px 16px',
      borderRadius: '8px',
      background: 'rgba(29, 45, 62, 0.88)',
      color: '#fff',
      font: '600 16px/1.4 "72", Arial, sans-serif',
      boxShadow: '0 2px 8px rgba(0, 0, 0, 0.3)',
    })
  }, text)
}
