import { readFile } from 'node:fs/promises'
import type { Download, Locator, Page } from '@playwright/test'

/** The app's texts the page object finds elements by, in the language the test starts the app in. */
export const trustCenterTexts = {
  en: {
    tile: /^SAP Trust Center/,
    simulationGroup: 'Simulation',
    heading: 'SAP Trust Center (simulated)',
    table: 'CA Certificates',
    download: (description: string) => `Download ${description}`,
    pem: 'X.509 Certificate (.pem)',
    crt: 'Base-64-encoded X.509 certificate (.crt)',
    der: 'DER-encoded X.509 certificate (.cer)',
    retry: 'Retry',
  },
  de: {
    tile: /^SAP Trust Center/,
    simulationGroup: 'Simulation',
    heading: 'SAP Trust Center (simuliert)',
    table: 'CA-Zertifikate',
    download: (description: string) => `${description} herunterladen`,
    pem: 'X.509-Zertifikat (.pem)',
    crt: 'Base64-codiertes X.509-Zertifikat (.crt)',
    der: 'DER-codiertes X.509-Zertifikat (.cer)',
    retry: 'Erneut versuchen',
  },
} as const

type TrustCenterTexts = (typeof trustCenterTexts)[keyof typeof trustCenterTexts]
export type DownloadFormat = 'pem' | 'crt' | 'der'

/**
 * SAP Trust Center (simulated): the CA certificates (AnalyticalTable, light DOM) and the Download
 * menu of each row (a ui5-menu, its items role=menuitem).
 */
export class SapTrustCenterPage {
  constructor(
    private readonly page: Page,
    private readonly texts: TrustCenterTexts = trustCenterTexts.en,
  ) {}

  get tile(): Locator {
    return this.page
      .getByRole('region', { name: this.texts.simulationGroup })
      .getByRole('link', { name: this.texts.tile })
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: this.texts.heading, exact: true, level: 1 })
  }

  get table(): Locator {
    return this.page.getByRole('grid', { name: this.texts.table })
  }

  /** Data rows (the header row holds column headers, not grid cells). */
  get dataRows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('gridcell') })
  }

  /** The row whose Description is exactly `description`. */
  row(description: string): Locator {
    return this.dataRows.filter({
      has: this.page.getByRole('gridcell', { name: description, exact: true }),
    })
  }

  /** The SHA-256 fingerprint a row shows. */
  fingerprint(description: string): Locator {
    return this.row(description).getByTestId('fingerprint-sha256')
  }

  /** The illustrated message of a failed load (role alert), with its Retry. */
  get loadFailure(): Locator {
    return this.page
      .getByRole('alert')
      .filter({ has: this.page.locator('ui5-illustrated-message') })
  }

  get retryButton(): Locator {
    return this.loadFailure.getByRole('button', { name: this.texts.retry })
  }

  /** The strip above the table that says why a download failed. */
  get downloadFailure(): Locator {
    return this.page.locator('ui5-message-strip[design="Negative"][role="alert"]')
  }

  downloadButton(description: string): Locator {
    return this.page.getByRole('button', { name: this.texts.download(description), exact: true })
  }

  formatItem(format: DownloadFormat): Locator {
    return this.page.getByRole('menuitem', { name: this.texts[format] })
  }

  async goto(): Promise<void> {
    await this.page.goto('./#/SapTrustCenter-display')
  }

  /** Download → format, by mouse; returns the download the browser received. */
  async download(description: string, format: DownloadFormat): Promise<Download> {
    const download = this.page.waitForEvent('download')
    await this.downloadButton(description).click()
    await this.formatItem(format).click()
    return download
  }

  /** The text of a downloaded file (PEM formats). */
  async text(download: Download): Promise<string> {
    return readFile(await download.path(), 'utf8')
  }
}
