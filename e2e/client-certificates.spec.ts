import { execFileSync } from 'node:child_process'
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './fixtures'
import { ClientCertificatesPage } from './pages/client-certificates-page'
import { failApiRequests, stopFailing } from './support/fault-injection'
import { useLanguage } from './support/language'
import { advanceClockTo, openInScenario, readApi } from './support/simulation'
import { reviewScreenshot } from './support/review-screenshot'

const app = 'ClientCertificate-maintain'

test.describe('New certificate issued', () => {
  test.beforeEach(async ({ page }) => {
    await openInScenario(page, 'new-certificate-issued', app)
  })

  test('lists both defaults with their dates and statuses, and says what to do with a link to the systems', async ({
    page,
  }) => {
    const certificates = new ClientCertificatesPage(page)
    await expect(certificates.heading).toBeVisible()

    const current = certificates.row('Client Default')
    await expect(certificates.cell(current, 'Managed By')).toHaveText('Managed By SAP')
    await expect(certificates.cell(current, 'Valid From')).toHaveText('Feb 1, 2027')
    await expect(certificates.cell(current, 'Valid to')).toHaveText('Feb 1, 2028')
    // The status cell also holds the ObjectStatus's screen-reader texts, hence "contain".
    await expect(certificates.cell(current, 'Status')).toContainText('Valid')
    await expect(certificates.cell(current, 'Status')).not.toContainText('Expiring')

    const expiring = certificates.row('Client Default Expiring')
    await expect(certificates.cell(expiring, 'Valid From')).toHaveText('Aug 1, 2026')
    await expect(certificates.cell(expiring, 'Valid to')).toHaveText('Aug 1, 2027')
    await expect(certificates.cell(expiring, 'Status')).toContainText(
      'Expiring — removed on Mar 1, 2027',
    )
    // Nine systems with SSL Client Certificate users, and MDG-HUB's OAuth 2.0 user with mTLS.
    await expect(certificates.cell(expiring, 'Used by')).toHaveText('10 systems')

    await expect(certificates.overlapMessage).toContainText(
      'A new default client certificate was issued on Feb 1, 2027. Switch every communication system to Client Default before Mar 1, 2027. 10 systems still use Client Default Expiring.',
    )
    // The link's URL is the contract with the Communication Systems app: exactly the expiring certificate's users.
    await certificates.open('Client Default Expiring')
    const expiringId = page.url().split(`${app}/`)[1]
    await page.goBack()
    await expect(certificates.overlapLink).toHaveAttribute(
      'href',
      `#/CommunicationSystem-maintain?certificate=${expiringId}`,
    )

    await reviewScreenshot(page, 'client-certificates-list')
  })

  test('the object page shows the key facts, the sections and where the certificate is used', async ({
    page,
  }) => {
    const certificates = new ClientCertificatesPage(page)
    await certificates.open('Client Default Expiring')

    await expect(certificates.title('Client Default Expiring')).toBeVisible()
    await expect(page.getByText('Expiring — removed on Mar 1, 2027').first()).toBeVisible()
    await expect(page.getByText('28 days until removal')).toBeVisible()
    for (const section of ['General Information', 'Validity', 'Communication Systems'] as const) {
      await expect(certificates.section(section)).toBeVisible()
    }
    // Issued by SAP's (simulated) intermediate client CA, below the SAP Cloud Root CA.
    await expect(page.getByText('SAP PKI Certificate Service Client CA (simulated)')).toBeVisible()
    await expect(certificates.sha256Fingerprint).toHaveText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
    await expect(certificates.validityPicture).toHaveAttribute(
      'aria-label',
      /Valid From: Aug 1, 2026.*Today: Feb 1, 2027.*Removed at Rotation: Mar 1, 2027.*Valid to: Aug 1, 2027/,
    )

    // Each row leads to the outbound user whose Client Certificate must be switched.
    // Compared with what the API says, so that the link is right to the very user id.
    const id = page.url().split(`${app}/`)[1] ?? ''
    const { usage } = await readApi<{
      usage: { systemId: string; userId: string; userName: string }[]
    }>(page, `client-certificates/${id}`)
    const user = usage.find((entry) => entry.userName === 'BTP_HR_REPLICATION')
    expect(user?.systemId).toBe('SFSF-EC')
    await expect(certificates.outboundUserLink('BTP_HR_REPLICATION', 'SFSF-EC')).toHaveAttribute(
      'href',
      `#/CommunicationSystem-maintain/SFSF-EC/outbound-users/${user?.userId}`,
    )
    await expect(certificates.whereUsedTable.getByRole('row')).toHaveCount(usage.length + 1) // + the header row
    expect(new Set(usage.map((entry) => entry.systemId)).size).toBe(10)
    // An OAuth 2.0 user with mTLS uses the certificate like an SSL Client Certificate user.
    const mdg = usage.find((entry) => entry.userName === 'BTP_MDG_REPLICATION')
    expect(mdg?.systemId).toBe('MDG-HUB')
    await expect(certificates.outboundUserLink('BTP_MDG_REPLICATION', 'MDG-HUB')).toBeVisible()

    await page.getByRole('tab', { name: 'Validity' }).click()
    await expect(certificates.validityPicture).toBeInViewport()
    await reviewScreenshot(page, 'client-certificates-validity')
    await page.getByRole('tab', { name: 'General Information' }).click()
    await expect(certificates.section('General Information')).toBeInViewport()
    await reviewScreenshot(page, 'client-certificates-object-page')
  })

  test('a fingerprint is copied with one click', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    const certificates = new ClientCertificatesPage(page)
    await certificates.open('Client Default')
    const fingerprint = await certificates.sha256Fingerprint.textContent()
    await page.getByRole('button', { name: 'Copy SHA-256 Fingerprint' }).click()
    await expect(page.locator('ui5-toast[open]')).toHaveText('Copied')
    await expect(page.getByText('No communication system uses this certificate.')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fingerprint)
  })

  for (const [label, extension] of [
    ['X.509 Certificate (.pem)', 'pem'],
    ['Base-64-encoded X.509 certificate (.crt)', 'crt'],
    ['DER-encoded X.509 certificate (.cer)', 'cer'],
    ['PKCS #7 certificate (.p7b)', 'p7b'],
  ] as const) {
    test(`exports Client Default as ${label}: the file holds exactly the certificate the page shows, no chain`, async ({
      page,
    }) => {
      const certificates = new ClientCertificatesPage(page)
      await certificates.open('Client Default')
      const shown = (await certificates.sha256Fingerprint.textContent())?.trim()

      const download = page.waitForEvent('download')
      await certificates.exportAs(label)
      const file = await download
      expect(file.suggestedFilename()).toBe(`client-default-2027-02-01.${extension}`)
      const bytes = await readFile(await file.path())

      expect(bytes.toString('latin1')).not.toContain('PRIVATE KEY')
      // As SAP's export: one certificate, the client certificate, without its CA chain.
      const held = certificatesIn(bytes, extension)
      expect(held).toHaveLength(1)
      const certificate = new X509Certificate(held[0]!)
      expect(certificate.fingerprint256).toBe(shown)
      expect(certificate.subject).toContain('OU=SAP BTP ABAP environment')
      expect(certificate.issuer).toContain('CN=SAP PKI Certificate Service Client CA (simulated)')
      expect(certificate.ca).toBe(false)
      await expect(certificates.openDialog).toHaveCount(0)
    })
  }

  test('the export dialog says what each format holds, and Cancel returns focus to Export', async ({
    page,
  }) => {
    const certificates = new ClientCertificatesPage(page)
    await certificates.open('Client Default')
    await certificates.exportButton.click()
    const dialog = certificates.openDialog
    await expect(dialog.getByRole('radio')).toHaveCount(4)
    await expect(certificates.formatOption('X.509 Certificate (.pem)')).toBeChecked()
    // SAP's note: only the client certificate, no chain; the root comes from the SAP Trust Center.
    await expect(dialog).toContainText(
      'The file holds only the client certificate, without its chain (Intermediate CA and Root CA)',
    )
    await expect(dialog).toContainText(
      'external systems that trust the issuer need the SAP Cloud Root CA',
    )
    await expect(dialog).not.toContainText('adds the issuing chain')
    await expect(dialog).toContainText('The private key is never exported')
    await expect(
      dialog.getByRole('link', { name: 'Get the SAP Cloud Root CA from the SAP Trust Center' }),
    ).toHaveAttribute('href', '#/SapTrustCenter-display')
    await reviewScreenshot(page, 'client-certificates-export-dialog')

    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toHaveCount(0)
    await expect(certificates.exportButton).toBeFocused()

    await page.keyboard.press('Enter')
    await expect(certificates.openDialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(certificates.openDialog).toHaveCount(0)
    await expect(certificates.exportButton).toBeFocused()
  })

  test('after the rotation date the expiring certificate is gone, and its old URL says when it was removed', async ({
    page,
  }) => {
    const certificates = new ClientCertificatesPage(page)
    await certificates.open('Client Default Expiring')
    await expect(certificates.title('Client Default Expiring')).toBeVisible()

    await advanceClockTo(page, '2027-03-01')
    await expect(certificates.message('This certificate was removed on Mar 1, 2027')).toBeVisible()
    await reviewScreenshot(page, 'client-certificates-removed')
    await page.getByRole('button', { name: 'Go to Client Certificates' }).click()

    await expect(certificates.row('Client Default')).toBeVisible()
    await expect(certificates.row('Client Default Expiring')).toHaveCount(0)
    await expect(certificates.overlapMessage).toHaveCount(0)
  })
})

test('during the overlap the tile counts the systems still on Client Default Expiring', async ({
  page,
}) => {
  await openInScenario(page, 'new-certificate-issued')
  const tile = page
    .getByRole('region', { name: 'Security' })
    .getByRole('link', { name: /^Maintain Client Certificates/ })
  await expect(tile).toContainText(/10\s*systems on Client Default Expiring/)
})

test('search and filters narrow the list, survive a reload, and a row opens by keyboard', async ({
  page,
}) => {
  await openInScenario(page, 'new-certificate-issued', app)
  const certificates = new ClientCertificatesPage(page)
  await expect(certificates.dataRows).toHaveCount(3)

  await certificates.search('edi')
  await expect(certificates.dataRows).toHaveCount(1)
  await expect(certificates.row('EDI Gateway Client Certificate')).toBeVisible()
  await certificates.search('')
  await expect(certificates.dataRows).toHaveCount(3)

  await certificates.chooseManagedBy('Managed By SAP')
  await certificates.chooseStatus('Valid')
  await expect(certificates.dataRows).toHaveCount(1)
  await expect(page).toHaveURL(/status=Valid/)

  await page.reload()
  await expect(certificates.statusFilter).toHaveText('Valid')
  await expect(certificates.managedByFilter).toHaveText('Managed By SAP')
  await expect(certificates.dataRows).toHaveCount(1)

  await certificates.search('no such certificate')
  await expect(certificates.message('No client certificates match')).toBeVisible()
  await certificates.search('Client Default')
  await certificates.cell(certificates.row('Client Default'), 'Description').focus()
  await page.keyboard.press('Enter')
  await expect(certificates.title('Client Default')).toBeVisible()
  await page.goBack()
  await expect(certificates.searchField).toHaveValue('Client Default')
})

test('an unknown certificate id shows a not found page with the way back', async ({ page }) => {
  await openInScenario(page, 'new-certificate-issued', `${app}/no-such-certificate`)
  const certificates = new ClientCertificatesPage(page)
  await expect(certificates.message('This client certificate does not exist')).toBeVisible()
  await page.getByRole('button', { name: 'Go to Client Certificates' }).click()
  await expect(certificates.heading).toBeVisible()
})

test('a failed load shows the reason and Retry loads again', async ({ page }) => {
  await failApiRequests(page, /api\/client-certificates(\?|$)/)
  await openInScenario(page, 'new-certificate-issued', app)
  const certificates = new ClientCertificatesPage(page)
  // The query client retries a 5xx twice (1 s, 2 s) before it gives up.
  await expect(certificates.message('The client certificates could not be loaded')).toBeVisible({
    timeout: 15_000,
  })
  await expect(certificates.message('injected by the test')).toBeVisible()

  await stopFailing(page)
  await certificates.retryButton.click()
  await expect(certificates.dataRows).toHaveCount(3)
})

test('a failed export is explained in the dialog, which stays open to try again', async ({
  page,
}) => {
  await failApiRequests(
    page,
    /api\/client-certificates\/[^/]+\/export/,
    'The export failed: injected by the test.',
  )
  await openInScenario(page, 'new-certificate-issued', app)
  const certificates = new ClientCertificatesPage(page)
  await certificates.open('Client Default')
  await certificates.exportAs('PKCS #7 certificate (.p7b)')
  await expect(certificates.openDialog.getByRole('alert')).toContainText(
    'The export failed: injected by the test.',
  )

  await stopFailing(page)
  const download = page.waitForEvent('download')
  await certificates.openDialog.getByRole('button', { name: 'Export', exact: true }).click()
  expect((await download).suggestedFilename()).toBe('client-default-2027-02-01.p7b')
})

test('in German the list, the object page and the Export dialog speak German, with German dates', async ({
  page,
}) => {
  await useLanguage(page, 'de')
  await openInScenario(page, 'new-certificate-issued', app)
  const certificates = new ClientCertificatesPage(page)

  // List report: title, filters, columns, enumeration values, dates and counts.
  await expect(
    page.getByRole('heading', { name: 'Clientzertifikate pflegen', level: 1 }),
  ).toBeVisible()
  await expect(page.getByRole('searchbox', { name: 'Suchen' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Verwaltet von' })).toBeVisible()
  const table = page.getByRole('grid', { name: 'Clientzertifikate' })
  for (const column of [
    'Beschreibung',
    'Antragsteller',
    'Gültig ab',
    'Gültig bis',
    'Verwendet von',
  ])
    await expect(table.getByRole('columnheader', { name: column })).toBeVisible()
  const current = table.getByRole('row').filter({
    has: page.getByRole('gridcell', { name: 'Client Default', exact: true }),
  })
  await expect(certificates.cell(current, 'Managed By')).toHaveText('Von SAP verwaltet')
  await expect(certificates.cell(current, 'Valid From')).toHaveText('01.02.2027')
  await expect(certificates.cell(current, 'Valid to')).toHaveText('01.02.2028')
  await expect(certificates.cell(current, 'Status')).toContainText('Gültig')
  // The certificate descriptions are data: they stay as SAP maintains them.
  const expiring = table.getByRole('row').filter({
    has: page.getByRole('gridcell', { name: 'Client Default Expiring', exact: true }),
  })
  await expect(certificates.cell(expiring, 'Status')).toContainText(
    'Läuft ab – Entfernung am 01.03.2027',
  )
  await expect(certificates.cell(expiring, 'Used by')).toHaveText('10 Systeme')
  await expect(
    page.locator('ui5-message-strip').filter({ hasText: 'Standard-Clientzertifikat' }),
  ).toContainText(
    'Am 01.02.2027 wurde ein neues Standard-Clientzertifikat ausgestellt. Stellen Sie alle Kommunikationssysteme vor dem 01.03.2027 auf Client Default um. 10 Systeme verwenden noch Client Default Expiring.',
  )
  await expect(
    page.getByRole('link', { name: 'Systeme mit Client Default Expiring anzeigen' }),
  ).toBeVisible()

  // Object page: key facts, sections, validity picture and the where-used list.
  await certificates.cell(expiring, 'Description').click()
  await expect(certificates.title('Client Default Expiring')).toBeVisible()
  await expect(page.getByText('28 Tage bis zur Entfernung')).toBeVisible()
  for (const section of ['Allgemeine Informationen', 'Gültigkeit', 'Kommunikationssysteme'])
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'SHA-256-Fingerabdruck kopieren' })).toBeVisible()
  await expect(page.getByRole('img', { name: /^Gültigkeitszeitraum/ })).toHaveAttribute(
    'aria-label',
    /Gültig ab: 01\.08\.2026.*Heute: 01\.02\.2027.*Bei Rotation entfernt: 01\.03\.2027.*Gültig bis: 01\.08\.2027/,
  )
  const whereUsed = page.getByRole('grid', { name: 'Kommunikationssysteme' })
  await expect(
    whereUsed.getByRole('columnheader', { name: 'Benutzer für ausgehende Kommunikation' }),
  ).toBeVisible()
  await expect(
    whereUsed.getByRole('link', { name: 'BTP_HR_REPLICATION von SFSF-EC' }),
  ).toBeVisible()

  // Export dialog.
  await page.getByRole('button', { name: 'Exportieren', exact: true }).first().click()
  const dialog = certificates.openDialog
  await expect(dialog.getByRole('heading', { name: 'Zertifikat exportieren' })).toBeVisible()
  await expect(dialog.getByRole('radio', { name: 'X.509-Zertifikat (.pem)' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: 'PKCS #7-Zertifikat (.p7b)' })).toBeVisible()
  await expect(dialog).toContainText('Die Datei enthält nur das Clientzertifikat, ohne seine Kette')
  await expect(
    dialog.getByRole('link', { name: 'SAP Cloud Root CA aus dem SAP Trust Center beziehen' }),
  ).toBeVisible()
  await expect(dialog).toContainText('Der private Schlüssel wird nie exportiert')
  await reviewScreenshot(page, 'client-certificates-export-dialog-de')
  await dialog.getByRole('button', { name: 'Abbrechen' }).click()
  await expect(dialog).toHaveCount(0)
})

/**
 * Every certificate an exported file holds, as PEM, read the way an administrator would: with
 * openssl (`pkcs7 -print_certs` for .p7b; a PEM or DER file's certificates go through `crl2pkcs7`,
 * which lists all of them, not only the first as `x509` would).
 */
function certificatesIn(bytes: Buffer, extension: string): string[] {
  const printed =
    extension === 'p7b'
      ? openssl(['pkcs7', '-inform', 'DER', '-print_certs'], bytes)
      : openssl(['pkcs7', '-print_certs'], certificatesAsPkcs7(bytes, extension))
  return (
    printed.toString().match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? []
  )
}

/** `openssl crl2pkcs7` reads certificates from a PEM file only: a .cer is converted first. */
function certificatesAsPkcs7(bytes: Buffer, extension: string): Buffer {
  const directory = mkdtempSync(join(tmpdir(), 'export-'))
  try {
    const file = join(directory, 'certificates.pem')
    writeFileSync(file, extension === 'cer' ? openssl(['x509', '-inform', 'DER'], bytes) : bytes)
    return openssl(['crl2pkcs7', '-nocrl', '-certfile', file])
  } finally {
    rmSync(directory, { recursive: true, force: true })
  }
}

function openssl(args: string[], input?: Buffer): Buffer {
  return execFileSync('openssl', args, input ? { input } : {})
}
